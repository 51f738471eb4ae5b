package org.esfkit.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.esfkit.core.io.Pseudonymiser;
import org.esfkit.core.io.ReadResult;

/**
 * {@code esfkit pseudonymise --key-file K IN.csv OUT.csv}: replaces the {@code personnummer}
 * column of an export by keyed pseudonyms ({@link Pseudonymiser}) in a new file.
 */
final class PseudonymiseCommand implements Command {
  @Override
  public String name() {
    return "pseudonymise";
  }

  @Override
  public String summary() {
    return "replace a personnummer column by keyed pseudonyms, before esfkit reads the file";
  }

  @Override
  public String help() {
    return "usage: esfkit pseudonymise --key-file KEY [--encoding NAME] IN.csv OUT.csv\n\n"
        + "Reads IN.csv (a municipal system's export), checks each personnummer in its personnummer\n"
        + "column (YYYYMMDD-XXXX or YYMMDD-XXXX, with or without the dash; + for 100 or older; the\n"
        + "check digit verified) and writes OUT.csv with that column replaced by participant_id: a\n"
        + "keyed hash (HMAC-SHA-256), e.g. P-3LDW3YMO5TX3UTEC. The same person gets the same id in\n"
        + "every file pseudonymised with the same key; without the key nobody can tell who it is.\n"
        + "Keep the key secret and apart from the registers; make one with\n"
        + "  head -c 32 /dev/urandom > esfkit.key\n"
        + "Bad numbers are reported as FILE:LINE:personnummer without their value; then nothing is\n"
        + "written.\n\n"
        + "options:\n"
        + "  --key-file KEY    the secret key (at least 16 bytes)\n"
        + "  --encoding NAME   IN.csv's encoding (default: detected)\n\n"
        + "exit codes: 0 written, 2 bad input or usage, 1 anything else\n";
  }

  @Override
  public Set<String> valuedOptions() {
    return Set.of("--key-file", "--encoding");
  }

  @Override
  public int positionals() {
    return 2;
  }

  @Override
  public int run(Args args, PrintStream out, PrintStream err) throws Exception {
    Path keyFile = args.requirePath("--key-file");
    if (args.positional().size() != 2) {
      throw new UsageException("give the input and the output file: IN.csv OUT.csv");
    }
    Path in = Path.of(args.positional().get(0));
    Path target = Path.of(args.positional().get(1));
    if (Files.exists(target) && Files.isSameFile(in, target)) {
      throw new UsageException("the output must be another file than the input");
    }
    Pseudonymiser p = Pseudonymiser.withKeyFile(keyFile);
    ReadResult<String> r = p.pseudonymise(in, FileOptions.of(args).encoding());
    r.problems().forEach(err::println);
    if (!r.isClean()) {
      return 2;
    }
    Files.writeString(target, r.value(), StandardCharsets.UTF_8);
    out.println("wrote " + target + ": " + r.rowsAccepted() + " rows, personnummer replaced by participant_id");
    return 0;
  }
}
