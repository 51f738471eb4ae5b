package org.esfkit.core.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.esfkit.core.ImportException;
import org.esfkit.core.ValidationException;
import org.esfkit.core.io.internal.CsvOut;
import org.esfkit.core.io.internal.CsvTable;
import org.esfkit.core.io.internal.Inputs;
import org.esfkit.core.io.internal.Personnummer;
import org.esfkit.core.io.internal.Results;
import org.jspecify.annotations.Nullable;

/**
 * Replaces personnummer by pseudonyms at the boundary, so that esfkit never stores one: a keyed
 * hash (HMAC-SHA-256 of the canonical twelve digits {@code YYYYMMDDXXXX}, its first 10 bytes in
 * base32), prefixed {@code P-}, e.g. {@code P-MFRGGZDFMZTWQ2LK}. The same person gets the same
 * pseudonym in every file and every month as long as the key is the same, whichever form the
 * number was written in; nobody without the key can tell whose it is. Keep the key secret and
 * apart from the registers.
 *
 * <pre>{@code
 * Pseudonymiser p = Pseudonymiser.withKeyFile(Path.of("esfkit.key"));
 * ReadResult<String> r = p.pseudonymise(Path.of("export.csv"));   // the personnummer column replaced
 * Files.writeString(Path.of("participants.csv"), r.value());
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class Pseudonymiser {
  /** The shortest key accepted, in bytes. */
  public static final int MIN_KEY_BYTES = 16;
  /** The column replaced. */
  public static final String COLUMN = "personnummer";
  /** The column the pseudonyms go to. */
  public static final String ID_COLUMN = "participant_id";

  private static final char[] BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567".toCharArray();
  private final SecretKeySpec key;

  private Pseudonymiser(byte[] key) {
    if (key.length < MIN_KEY_BYTES) {
      throw new ValidationException("the pseudonymisation key has " + key.length + " bytes; it needs at least "
          + MIN_KEY_BYTES + " (e.g. head -c 32 /dev/urandom > esfkit.key)");
    }
    this.key = new SecretKeySpec(key.clone(), "HmacSHA256");
  }

  /**
   * Creates a pseudonymiser with a key.
   *
   * @param key the secret key, at least {@value #MIN_KEY_BYTES} bytes
   * @return the pseudonymiser
   * @throws ValidationException if the key is too short
   */
  public static Pseudonymiser withKey(byte[] key) {
    return new Pseudonymiser(key);
  }

  /**
   * Creates a pseudonymiser with the key in a file: its bytes, without trailing line ends (so that
   * a key written as text, e.g. {@code openssl rand -hex 32 > esfkit.key}, survives an editor).
   *
   * @param file the key file
   * @return the pseudonymiser
   * @throws ImportException if the file cannot be read
   * @throws ValidationException if the key is too short
   */
  public static Pseudonymiser withKeyFile(Path file) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new ImportException(List.of(Problem.of(file.toString(), 0, "-", "cannot read the key file: "
          + e.getClass().getSimpleName())));
    }
    int n = bytes.length;
    while (n > 0 && (bytes[n - 1] == '\n' || bytes[n - 1] == '\r')) {
      n--;
    }
    return new Pseudonymiser(Arrays.copyOf(bytes, n));
  }

  /**
   * The pseudonym of a personnummer.
   *
   * @param personnummer in any of the written forms ({@code YYYYMMDD-XXXX}, {@code YYMMDD-XXXX},
   *     {@code YYMMDD+XXXX}, with or without the dash)
   * @return {@code P-} and 16 base32 characters
   * @throws ValidationException if it is not a valid personnummer (the message does not repeat it)
   */
  public String pseudonym(String personnummer) {
    String canonical = Personnummer.canonical(personnummer.strip(), LocalDate.now());
    if (canonical == null) {
      throw new ValidationException("not a valid personnummer (a date and a check digit, as YYYYMMDD-XXXX or "
          + "YYMMDD-XXXX)");
    }
    return of(canonical);
  }

  private String of(String canonical) {
    byte[] mac;
    try {
      Mac m = Mac.getInstance("HmacSHA256");
      m.init(key);
      mac = m.doFinal(canonical.getBytes(StandardCharsets.US_ASCII));
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("HmacSHA256 is not available", e);
    }
    // 10 bytes = 80 bits = 16 base32 characters
    StringBuilder sb = new StringBuilder("P-");
    long bits = 0;
    int have = 0;
    for (int i = 0; i < 10; i++) {
      bits = (bits << 8) | (mac[i] & 0xFF);
      have += 8;
      while (have >= 5) {
        sb.append(BASE32[(int) (bits >>> (have - 5)) & 31]);
        have -= 5;
      }
    }
    return sb.toString();
  }

  /**
   * Pseudonymises a CSV file.
   *
   * @param in the file
   * @return see {@link #pseudonymise(InputStream, String, Charset)}
   * @throws ImportException if the file cannot be read
   */
  public ReadResult<String> pseudonymise(Path in) {
    return pseudonymise(in, null);
  }

  /**
   * Pseudonymises a CSV file in a named encoding.
   *
   * @param in the file
   * @param charset the encoding, or null to detect it
   * @return see {@link #pseudonymise(InputStream, String, Charset)}
   * @throws ImportException if the file cannot be read
   */
  public ReadResult<String> pseudonymise(Path in, @Nullable Charset charset) {
    return Inputs.read(in, (stream, source) -> pseudonymise(stream, source, charset));
  }

  /**
   * Pseudonymises a CSV input: its {@code personnummer} column becomes {@code participant_id},
   * each number replaced by its pseudonym; every other column is kept as read. The output is
   * comma-separated UTF-8 with LF line ends. Each bad number is a problem at its line and column,
   * without its value; so is any other cell that looks like a personnummer. The result's value is
   * the output text, or nothing if any row has a problem.
   *
   * @param in the CSV bytes (which the caller closes)
   * @param source the input's name, for problems
   * @param charset the encoding, or null to detect it
   * @return the output CSV text and every problem
   * @throws ImportException if the stream cannot be read
   */
  public ReadResult<String> pseudonymise(InputStream in, String source, @Nullable Charset charset) {
    List<Problem> problems = new ArrayList<>();
    CsvTable table = CsvTable.read(in, source, charset, problems);
    if (table == null) {
      return Results.of(source, 0, List.of(), problems, null);
    }
    List<String> header = table.header();
    int column = header.indexOf(COLUMN);
    if (column < 0) {
      problems.add(Problem.of(source, 1, COLUMN, "no personnummer column to pseudonymise"));
    }
    if (column >= 0 && header.contains(ID_COLUMN)) {
      problems.add(Problem.of(source, 1, ID_COLUMN, "the file has a participant_id column already; the "
          + "personnummer column becomes participant_id"));
    }
    if (problems.stream().anyMatch(Problem::isError)) {
      return Results.of(source, table.rowCount(), 0, List.of(), problems, (String) null, table.encoding());
    }
    LocalDate today = LocalDate.now();
    List<String> columns = new ArrayList<>(header);
    columns.set(column, ID_COLUMN);
    List<Map<String, String>> rows = new ArrayList<>();
    List<Long> lines = new ArrayList<>();
    List<CsvTable.Record> records;
    try {
      records = table.records();
    } catch (ImportException e) {
      problems.addAll(e.problems());
      return Results.of(source, 0, List.of(), problems, null);
    }
    for (CsvTable.Record r : records) {
      List<String> cells = r.cells();
      boolean ok = cells.size() == header.size();
      if (!ok) {
        problems.add(Problem.of(source, r.line(), "-", "the row has " + cells.size() + " fields; the header has "
            + header.size()));
        continue;
      }
      Map<String, String> out = new HashMap<>();
      for (int i = 0; i < cells.size(); i++) {
        String cell = cells.get(i);
        if (i == column) {
          String canonical = Personnummer.canonical(cell, today);
          if (canonical == null) {
            problems.add(Problem.of(source, r.line(), COLUMN, cell.isEmpty() ? "personnummer is required"
                : "not a valid personnummer (a date and a check digit, as YYYYMMDD-XXXX or YYMMDD-XXXX)"));
            ok = false;
          } else {
            out.put(ID_COLUMN, of(canonical));
          }
        } else if (Personnummer.looksLike(cell)) {
          problems.add(Problem.of(source, r.line(), header.get(i), "holds what looks like a personnummer outside "
              + "the personnummer column; remove it or move it there"));
          ok = false;
        } else {
          out.put(columns.get(i), cell);
        }
      }
      if (ok) {
        rows.add(out);
        lines.add(r.line());
      }
    }
    String text = null;
    if (problems.stream().noneMatch(Problem::isError)) {
      StringWriter w = new StringWriter();
      CsvOut.table(w, columns, List.of(), rows);
      text = w.toString();
    }
    return Results.of(source, table.rowCount(), lines.size(), lines, problems, text, table.encoding());
  }

  @Override
  public String toString() {
    return "Pseudonymiser[HMAC-SHA-256, key ***]";
  }
}
