package org.esfkit.benchmarks.endtoend;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * End to end against DuckDB: {@code esfkit metrics} as a user runs it ({@code java -jar
 * esfkit.jar metrics ...}, a fresh JVM with the default heap and no flags) beside DuckDB through
 * JDBC computing the same share-at-follow-up target by gender with one SQL query over the same
 * CSV, also in a fresh JVM ({@link DuckDbShare}), so that both pay JVM start-up. The two alternate
 * for K rounds on each register; each process runs under GNU {@code time}, which gives its peak
 * resident set size (the kernel's {@code ru_maxrss} of the process, from {@code wait4}); wall time
 * is measured around the process here. Both sides, and the generator's own count, must give the
 * same numerator and denominator overall and for every gender, or the run fails.
 *
 * <p>Usage: {@code java -cp benchmarks.jar org.esfkit.benchmarks.endtoend.EndToEnd [options] CASE...}
 * with cases {@code metrics-1m}, {@code metrics-2m}, {@code metrics-5m} (or {@code metrics-N}
 * with N rows, a {@code k} or {@code m} suffix allowed); options {@code --esfkit-jar PATH}
 * (default {@code examples/target/esfkit.jar}), {@code --rounds K} (default 3), {@code --dir DIR}
 * (where registers are written and reused; default {@code $TMPDIR/esfkit-end-to-end}),
 * {@code --seed S}, {@code --time PATH} (GNU time, default {@code /usr/bin/time}),
 * {@code --csv FILE} (medians as {@code rows,tool,status,seconds,rss_mb}) and {@code --svg FILE}
 * (a plot of time and memory against register size). {@code --plot CSV SVG} only redraws a plot.
 *
 * <p>Prints one line per case on standard output:
 * {@code case=metrics-1m esfkit_s=… duckdb_s=… ratio=… esfkit_rss_mb=… duckdb_rss_mb=…} (medians
 * over the rounds; ratio = esfkit / DuckDB). When esfkit rejects the input (exit status 2, e.g. a
 * register above its size limits) the line says {@code esfkit_s=refused}; any other failure,
 * such as running out of memory, {@code esfkit_s=failed}; the reason goes to standard error.
 */
public final class EndToEnd {
  static final long SEED = 20_260_014L;

  private Path esfkitJar = Path.of("examples/target/esfkit.jar");
  private int rounds = 3;
  private Path dir = Path.of(System.getProperty("java.io.tmpdir"), "esfkit-end-to-end");
  private long seed = SEED;
  private String time = "/usr/bin/time";
  private Path csv;
  private Path svg;
  private final String java = ProcessHandle.current().info().command().orElse("java");
  private final List<Plot.Point> points = new ArrayList<>();

  private EndToEnd() {}

  /**
   * Runs the comparison.
   *
   * @param args options and cases, see the class comment
   * @throws Exception on any failure, including numbers that differ between the two sides
   */
  public static void main(String[] args) throws Exception {
    EndToEnd e = new EndToEnd();
    List<String> cases = new ArrayList<>();
    for (int a = 0; a < args.length; a++) {
      switch (args[a]) {
        case "--esfkit-jar": e.esfkitJar = Path.of(args[++a]); break;
        case "--rounds": e.rounds = Integer.parseInt(args[++a]); break;
        case "--dir": e.dir = Path.of(args[++a]); break;
        case "--seed": e.seed = Long.parseLong(args[++a]); break;
        case "--time": e.time = args[++a]; break;
        case "--csv": e.csv = Path.of(args[++a]); break;
        case "--svg": e.svg = Path.of(args[++a]); break;
        case "--plot":
          Plot.write(Plot.read(Path.of(args[a + 1])), Path.of(args[a + 2]));
          return;
        default: cases.add(args[a]);
      }
    }
    if (cases.isEmpty()) {
      cases = List.of("metrics-1m", "metrics-5m");
    }
    if (!Files.isRegularFile(e.esfkitJar)) {
      throw new IllegalArgumentException("no esfkit jar at " + e.esfkitJar + " (build the examples module)");
    }
    if (!Files.isExecutable(Path.of(e.time))) {
      throw new IllegalArgumentException("GNU time is needed at " + e.time + " (Debian package 'time')");
    }
    Path project = RegisterFiles.project(e.dir);
    for (String name : cases) {
      e.run(name, rows(name), project);
    }
    if (e.csv != null) {
      Plot.writeCsv(e.points, e.csv);
    }
    if (e.svg != null) {
      Plot.write(e.points, e.svg);
    }
  }

  /** The number of rows of a case name such as {@code metrics-1m}, {@code metrics-250k}. */
  static int rows(String name) {
    if (!name.startsWith("metrics-")) {
      throw new IllegalArgumentException("unknown case " + name + "; expected metrics-N such as metrics-1m");
    }
    String n = name.substring("metrics-".length()).toLowerCase(Locale.ROOT);
    int scale = n.endsWith("m") ? 1_000_000 : n.endsWith("k") ? 1_000 : 1;
    return Math.multiplyExact(Integer.parseInt(scale == 1 ? n : n.substring(0, n.length() - 1)), scale);
  }

  private void run(String name, int rows, Path project) throws IOException, InterruptedException {
    long t0 = System.nanoTime();
    RegisterFiles.Register reg = RegisterFiles.register(dir, rows, seed);
    System.err.printf(Locale.ROOT, "%s: register %s (%d rows, %.0f MiB; ready in %.1f s)%n", name, reg.csv(), rows,
        Files.size(reg.csv()) / (1024.0 * 1024), (System.nanoTime() - t0) / 1e9);
    // read it once, so that both sides find it in the page cache
    try (var in = Files.newInputStream(reg.csv())) {
      in.transferTo(OutputStream.nullOutputStream());
    }
    List<String> esfkitCommand = List.of(java, "-jar", esfkitJar.toString(), "metrics", "--project",
        project.toString(), "--participants", reg.csv().toString(), "--as-of", RegisterFiles.AS_OF.toString(),
        "--format", "json");
    List<String> duckdbCommand = List.of(java, "-cp", ownJar(), DuckDbShare.class.getName(), reg.csv().toString(),
        RegisterFiles.AS_OF.toString(), String.valueOf(RegisterFiles.WINDOW_MONTHS),
        String.join(",", RegisterFiles.STATUSES));
    double[] esfkitS = new double[rounds];
    double[] esfkitRss = new double[rounds];
    double[] duckS = new double[rounds];
    double[] duckRss = new double[rounds];
    String esfkitOutcome = null;
    int esfkitRuns = 0;
    for (int round = 0; round < rounds; round++) {
      if (esfkitOutcome == null) {
        Measured m = Measured.of(time, esfkitCommand, dir);
        if (m.exit() != 0) {
          esfkitOutcome = m.exit() == 2 ? "refused" : "failed";
          System.err.printf(Locale.ROOT, "%s: esfkit %s (exit status %d after %.1f s, peak RSS %.0f MiB): %s%n", name,
              esfkitOutcome, m.exit(), m.seconds(), m.rssMb(), m.firstErrorLine());
        } else {
          check(name, "esfkit", esfkitCounts(m.stdout()), reg.expected());
          esfkitS[esfkitRuns] = m.seconds();
          esfkitRss[esfkitRuns++] = m.rssMb();
        }
      }
      Measured d = Measured.of(time, duckdbCommand, dir);
      if (d.exit() != 0) {
        throw new IllegalStateException(name + ": DuckDB failed with exit status " + d.exit() + ": " + d.stderr());
      }
      check(name, "DuckDB", ShareCounts.parse(d.stdout()), reg.expected());
      duckS[round] = d.seconds();
      duckRss[round] = d.rssMb();
    }
    double duckMedianS = median(duckS, rounds);
    double duckMedianRss = median(duckRss, rounds);
    points.add(new Plot.Point(rows, "duckdb", "ok", duckMedianS, duckMedianRss));
    String line;
    if (esfkitOutcome != null) {
      points.add(new Plot.Point(rows, "esfkit", esfkitOutcome, Double.NaN, Double.NaN));
      line = String.format(Locale.ROOT, "case=%s esfkit_s=%s duckdb_s=%.2f ratio=n/a esfkit_rss_mb=%s duckdb_rss_mb=%.0f",
          name, esfkitOutcome, duckMedianS, esfkitOutcome, duckMedianRss);
    } else {
      double s = median(esfkitS, esfkitRuns);
      double rss = median(esfkitRss, esfkitRuns);
      points.add(new Plot.Point(rows, "esfkit", "ok", s, rss));
      line = String.format(Locale.ROOT, "case=%s esfkit_s=%.2f duckdb_s=%.2f ratio=%.2f esfkit_rss_mb=%.0f duckdb_rss_mb=%.0f",
          name, s, duckMedianS, s / duckMedianS, rss, duckMedianRss);
    }
    System.err.printf(Locale.ROOT, "%s: %s agree: %s%n", name,
        esfkitOutcome == null ? "esfkit, DuckDB and the generator" : "DuckDB and the generator", reg.expected());
    System.out.println(line);
  }

  /** Fails loudly unless a side's numbers are the generator's. */
  private static void check(String name, String side, ShareCounts got, ShareCounts expected) {
    if (!got.equals(expected)) {
      throw new IllegalStateException(name + ": " + side + " gives " + got + " but the register holds " + expected);
    }
  }

  /** The target's numbers in {@code esfkit metrics --format json} output. */
  static ShareCounts esfkitCounts(String json) throws IOException {
    JsonNode root = new ObjectMapper().readTree(json);
    for (JsonNode t : root.path("targets")) {
      if (RegisterFiles.TARGET_ID.equals(t.path("id").asText())) {
        ShareCounts c = new ShareCounts();
        for (int g = 0; g < 4; g++) {
          JsonNode byGender = t.path("by_gender").path(ShareCounts.GENDERS[g]);
          if (!byGender.path("numerator").canConvertToLong() || !byGender.path("denominator").canConvertToLong()) {
            throw new IllegalStateException("esfkit output has no by_gender." + ShareCounts.GENDERS[g]
                + " numerator and denominator for " + RegisterFiles.TARGET_ID);
          }
          c.numerator[g] = byGender.path("numerator").asLong();
          c.denominator[g] = byGender.path("denominator").asLong();
        }
        if (c.numerator() != t.path("numerator").asLong(-1) || c.denominator() != t.path("denominator").asLong(-1)) {
          throw new IllegalStateException("esfkit's overall numbers " + t.path("numerator") + "/"
              + t.path("denominator") + " are not the sums by gender " + c);
        }
        return c;
      }
    }
    throw new IllegalStateException("esfkit output has no target " + RegisterFiles.TARGET_ID);
  }

  static double median(double[] values, int n) {
    double[] sorted = Arrays.copyOf(values, n);
    Arrays.sort(sorted);
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }

  /** The benchmarks jar this class runs from, the class path of the DuckDB side. */
  private static String ownJar() {
    try {
      return Path.of(EndToEnd.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** One process run under GNU time. */
  record Measured(int exit, double seconds, double rssMb, String stdout, String stderr) {
    static Measured of(String time, List<String> command, Path dir) throws IOException, InterruptedException {
      Path out = Files.createTempFile(dir, "out", ".txt");
      Path err = Files.createTempFile(dir, "err", ".txt");
      Path rss = Files.createTempFile(dir, "rss", ".txt");
      try {
        List<String> timed = new ArrayList<>(List.of(time, "-f", "%M", "-o", rss.toString()));
        timed.addAll(command);
        ProcessBuilder pb = new ProcessBuilder(timed).redirectOutput(out.toFile()).redirectError(err.toFile());
        // as a user runs it: no options slipped in through the environment
        pb.environment().remove("JAVA_TOOL_OPTIONS");
        pb.environment().remove("_JAVA_OPTIONS");
        pb.environment().remove("JDK_JAVA_OPTIONS");
        long start = System.nanoTime();
        int exit = pb.start().waitFor();
        double seconds = (System.nanoTime() - start) / 1e9;
        // GNU time writes "Command exited with non-zero status N" first when it did
        List<String> lines = Files.readAllLines(rss);
        double kb = Double.parseDouble(lines.get(lines.size() - 1).trim());
        return new Measured(exit, seconds, kb / 1024, Files.readString(out, StandardCharsets.UTF_8),
            Files.readString(err, StandardCharsets.UTF_8));
      } finally {
        Files.deleteIfExists(out);
        Files.deleteIfExists(err);
        Files.deleteIfExists(rss);
      }
    }

    String firstErrorLine() {
      return stderr.lines().filter(l -> !l.isBlank()).findFirst().orElse("(nothing on standard error)");
    }
  }
}
