package org.esfkit.benchmarks;

import com.google.ortools.graph.LinearSumAssignment;
import java.util.concurrent.TimeUnit;
import org.esfkit.matching.internal.DenseAssignment;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Dense n×n assignment, uniform integer costs in [1, 1e6] from a fixed seed: esfkit's
 * Jonker–Volgenant against OR-Tools' LinearSumAssignment on the same costs. OR-Tools' arcs are
 * loaded in an untimed per-invocation set-up, so only its solve is measured.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx8g"})
public class DenseAssignmentBenchmark {

  /** The shared cost matrix. */
  @State(Scope.Benchmark)
  public static class Costs {
    /** Matrix size. */
    @Param({"1000", "2000", "4000"})
    public int n;
    double[] costs;

    /** Generates the matrix. */
    @Setup(Level.Trial)
    public void generate() {
      costs = Instances.dense(n, 20_260_123L + n);
    }
  }

  /** A freshly loaded OR-Tools solver for each invocation. */
  @State(Scope.Thread)
  public static class OrTools {
    LinearSumAssignment solver;

    /**
     * Loads the arcs (not timed).
     *
     * @param c the costs
     */
    @Setup(Level.Invocation)
    public void load(Costs c) {
      solver = Peers.orToolsDense(c.costs, c.n);
    }

    /** Frees the native solver. */
    @TearDown(Level.Invocation)
    public void free() {
      solver.delete();
    }
  }

  /**
   * esfkit.
   *
   * @param c the costs
   * @return the optimal total
   */
  @Benchmark
  public double esfkit(Costs c) {
    return DenseAssignment.minimize(c.costs, c.n, c.n).total();
  }

  /**
   * OR-Tools LinearSumAssignment.
   *
   * @param o the loaded solver
   * @return the optimal total
   */
  @Benchmark
  public long orTools(OrTools o) {
    return Peers.solveOrToolsDense(o.solver);
  }
}
