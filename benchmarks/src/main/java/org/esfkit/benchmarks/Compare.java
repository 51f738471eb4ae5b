package org.esfkit.benchmarks;

import com.google.ortools.graph.LinearSumAssignment;
import com.google.ortools.graph.MinCostFlow;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleSupplier;
import org.esfkit.matching.internal.AssignmentResult;
import org.esfkit.matching.internal.CapacitatedAssignment;
import org.esfkit.matching.internal.DenseAssignment;
import org.esfkit.matching.internal.SparseAssignment;

/**
 * Side-by-side comparison in one run on identical inputs: esfkit against scipy (run as a
 * Python subprocess on the same numbers, written to raw little-endian files), OR-Tools and
 * JGraphT. Only solve time is measured; each side is warmed up and the median of several
 * solves is reported. Cases run one after another, never concurrently.
 *
 * <p>Usage: {@code java -cp benchmarks.jar org.esfkit.benchmarks.Compare [options] CASE...}
 * with cases {@code dense-N}, {@code sparse-N}, {@code capacitated-N} (N participants, N/10
 * tasks of 1–20 slots) and {@code scarce-N} (1–10 slots: about half the participants fit, so
 * the solver must choose whom to leave out); options
 * {@code --python CMD}, {@code --script PATH} (scipy_assignment.py), {@code --repeats R}
 * (timed solves per round), {@code --rounds K} (scipy and esfkit alternate K times and the
 * median is over all K × R solves of each, which evens out load from other processes),
 * {@code --jgrapht-max N} (largest dense size given to JGraphT), {@code --no-peers}.
 */
public final class Compare {

  private static final long SEED = 20_260_123L;

  private String python = "python3";
  private String script = "benchmarks/src/main/python/scipy_assignment.py";
  private int repeats = 5;
  private int rounds = 3;
  private int jgraphtMax = 1000;
  private boolean peers = true;
  private Path dir;

  private Compare() {}

  /**
   * Runs the comparison.
   *
   * @param args options and cases, see the class comment
   * @throws Exception on any failure
   */
  public static void main(String[] args) throws Exception {
    Compare c = new Compare();
    List<String> cases = new ArrayList<>();
    for (int a = 0; a < args.length; a++) {
      switch (args[a]) {
        case "--python": c.python = args[++a]; break;
        case "--script": c.script = args[++a]; break;
        case "--repeats": c.repeats = Integer.parseInt(args[++a]); break;
        case "--rounds": c.rounds = Integer.parseInt(args[++a]); break;
        case "--jgrapht-max": c.jgraphtMax = Integer.parseInt(args[++a]); break;
        case "--no-peers": c.peers = false; break;
        default: cases.add(args[a]);
      }
    }
    if (cases.isEmpty()) {
      cases = List.of("dense-1000", "dense-2000", "dense-4000", "sparse-20000",
          "capacitated-50000", "scarce-50000");
    }
    c.dir = Files.createTempDirectory("esfkit-compare");
    try {
      for (String name : cases) {
        int dash = name.lastIndexOf('-');
        String kind = name.substring(0, dash);
        int n = Integer.parseInt(name.substring(dash + 1));
        switch (kind) {
          case "dense": c.dense(name, n); break;
          case "sparse": c.sparse(name, n); break;
          case "capacitated": c.capacitated(name, n, 20); break;
          case "scarce": c.capacitated(name, n, 10); break;
          default: throw new IllegalArgumentException("unknown case " + name);
        }
      }
    } finally {
      try (var files = Files.list(c.dir)) {
        for (Path p : (Iterable<Path>) files::iterator) {
          Files.deleteIfExists(p);
        }
      }
      Files.deleteIfExists(c.dir);
    }
  }

  private void dense(String name, int n) throws Exception {
    double[] costs = Instances.dense(n, SEED + n);
    Path file = dir.resolve(name + ".f64");
    Instances.writeDoubles(file, costs);
    double[] total = new double[1];
    double[][] both = alternate(() -> {
      AssignmentResult r = DenseAssignment.minimize(costs, n, n);
      total[0] = r.total();
      return r.total();
    }, name, total, "dense", String.valueOf(n), file.toString(), String.valueOf(repeats));
    Files.delete(file);
    double esfkit = medianOf(both[0]);
    line(name, esfkit, "scipy", medianOf(both[1]));
    if (!peers) {
      return;
    }
    double orTools = medianFresh(() -> {
      LinearSumAssignment a = Peers.orToolsDense(costs, n);
      long start = System.nanoTime();
      long cost = Peers.solveOrToolsDense(a);
      double ms = (System.nanoTime() - start) / 1e6;
      check(name, "ortools", total[0], cost);
      a.delete();
      return ms;
    }, 1, Math.min(repeats, 3));
    line(name, esfkit, "ortools", orTools);
    if (n <= jgraphtMax) {
      Peers.JGraphTDense g = new Peers.JGraphTDense(costs, n);
      double jg = medianFresh(() -> {
        long start = System.nanoTime();
        double cost = g.solve();
        double ms = (System.nanoTime() - start) / 1e6;
        check(name, "jgrapht", total[0], cost);
        return ms;
      }, n <= 1000 ? 1 : 0, 1);
      line(name, esfkit, "jgrapht", jg);
    } else {
      System.out.println("case=" + name + " jgrapht=skipped (n > --jgrapht-max " + jgraphtMax
          + "; O(n^3) Kuhn-Munkres takes minutes)");
    }
  }

  private void sparse(String name, int n) throws Exception {
    Instances.Sparse s = Instances.sparse(n, 20, SEED + n);
    Path indptr = dir.resolve(name + ".indptr.i32");
    Path indices = dir.resolve(name + ".indices.i32");
    Path data = dir.resolve(name + ".data.f64");
    Instances.writeInts(indptr, s.rowStart);
    Instances.writeInts(indices, s.colIndex);
    Instances.writeDoubles(data, s.weights);
    double[] total = new double[1];
    double[][] both = alternate(() -> {
      AssignmentResult r =
          SparseAssignment.minimize(s.rows, s.cols, s.rowStart, s.colIndex, s.weights);
      if (r.assigned() != n) {
        throw new IllegalStateException("esfkit did not find the perfect matching");
      }
      total[0] = r.total();
      return r.total();
    }, name, total, "sparse", String.valueOf(n), indptr.toString(), indices.toString(),
        data.toString(), String.valueOf(repeats));
    line(name, medianOf(both[0]), "scipy", medianOf(both[1]));
  }

  private void capacitated(String name, int n, int maxSlots) {
    Instances.Sparse s = Instances.capacitated(n, n / 10, maxSlots, 30, SEED + n);
    double[] result = new double[2];
    double esfkit = median(() -> {
      AssignmentResult r = CapacitatedAssignment.maximize(s.rows, s.capacities, s.rowStart,
          s.colIndex, s.weights);
      result[0] = r.assigned();
      result[1] = r.total();
      return r.total();
    }, 2, Math.min(repeats, 3));
    System.out.printf(Locale.ROOT, "case=%s assigned=%d of %d total_score=%.0f%n", name,
        (long) result[0], n, result[1]);
    if (!peers) {
      System.out.printf(Locale.ROOT, "case=%s esfkit_ms=%.1f%n", name, esfkit);
      return;
    }
    double orTools = medianFresh(() -> {
      MinCostFlow f = Peers.orToolsFlow(s);
      long start = System.nanoTime();
      long[] flow = Peers.solveOrToolsFlow(f);
      double ms = (System.nanoTime() - start) / 1e6;
      check(name, "ortools assigned", result[0], flow[0]);
      check(name, "ortools total", result[1], flow[1]);
      f.delete();
      return ms;
    }, 1, Math.min(repeats, 3));
    line(name, esfkit, "ortools", orTools);
  }

  /**
   * Alternates scipy (a subprocess) and esfkit for {@link #rounds} rounds; esfkit is warmed up
   * before its first round. Returns {esfkit samples, scipy samples} in ms.
   */
  private double[][] alternate(DoubleSupplier esfkit, String name, double[] total,
      String... pythonArgs) throws IOException, InterruptedException {
    double[] mine = new double[rounds * repeats];
    double[] theirs = new double[rounds * repeats];
    warm(esfkit, 3);
    for (int round = 0; round < rounds; round++) {
      String[] scipy = runPython(pythonArgs);
      String[] samples = scipy[2].split(",");
      for (int r = 0; r < repeats; r++) {
        theirs[round * repeats + r] = Double.parseDouble(samples[r]);
      }
      for (int r = 0; r < repeats; r++) {
        long start = System.nanoTime();
        esfkit.getAsDouble();
        mine[round * repeats + r] = (System.nanoTime() - start) / 1e6;
      }
      check(name, "scipy", total[0], Double.parseDouble(scipy[1]));
    }
    return new double[][] {mine, theirs};
  }

  private static void warm(DoubleSupplier solve, int warmup) {
    long warmStart = System.nanoTime();
    for (int w = 0; w < warmup || System.nanoTime() - warmStart < 3_000_000_000L; w++) {
      solve.getAsDouble();
    }
  }

  static double medianOf(double[] ms) {
    double[] sorted = ms.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }

  private static void check(String name, String peer, double esfkit, double other) {
    if (Math.abs(esfkit - other) > 1e-6 * Math.max(1.0, Math.abs(other))) {
      throw new IllegalStateException(String.format(Locale.ROOT,
          "%s: esfkit total %.3f differs from %s %.3f", name, esfkit, peer, other));
    }
  }

  private static void line(String name, double esfkitMs, String peer, double peerMs) {
    System.out.printf(Locale.ROOT, "case=%s esfkit_ms=%.1f %s_ms=%.1f ratio=%.3f%n", name,
        esfkitMs, peer, peerMs, esfkitMs / peerMs);
  }

  /**
   * Median wall time in ms of {@code runs} calls after a warm-up of at least {@code warmup}
   * calls and at least three seconds, so that the JIT has compiled the solver.
   */
  static double median(DoubleSupplier solve, int warmup, int runs) {
    double sink = 0;
    long warmStart = System.nanoTime();
    for (int w = 0; w < warmup || System.nanoTime() - warmStart < 3_000_000_000L; w++) {
      sink += solve.getAsDouble();
    }
    double[] ms = new double[runs];
    for (int r = 0; r < runs; r++) {
      long start = System.nanoTime();
      sink += solve.getAsDouble();
      ms[r] = (System.nanoTime() - start) / 1e6;
    }
    if (sink == 42.4242) {
      System.out.print("");
    }
    Arrays.sort(ms);
    return ms[runs / 2];
  }

  /** Median of times measured by the task itself (set-up excluded). */
  static double medianFresh(DoubleSupplier timedTask, int warmup, int runs) {
    for (int w = 0; w < warmup; w++) {
      timedTask.getAsDouble();
    }
    double[] ms = new double[runs];
    for (int r = 0; r < runs; r++) {
      ms[r] = timedTask.getAsDouble();
    }
    Arrays.sort(ms);
    return ms[runs / 2];
  }

  private String[] runPython(String... args) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>();
    cmd.add(python);
    cmd.add(script);
    cmd.addAll(Arrays.asList(args));
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    String out;
    try (BufferedReader r = new BufferedReader(
        new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      out = r.lines().reduce("", (a, b) -> a + b + "\n");
    }
    if (p.waitFor() != 0 || !out.startsWith("scipy_ms=")) {
      throw new IllegalStateException("scipy run failed: " + out);
    }
    String[] parts = out.trim().split("\\s+");
    return new String[] {parts[0].substring("scipy_ms=".length()),
        parts[1].substring("total=".length()), parts[2].substring("samples=".length())};
  }
}
