package org.esfkit.benchmarks;

import java.util.concurrent.TimeUnit;
import org.esfkit.matching.internal.SparseAssignment;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * Sparse n×n assignment with 20 candidate columns per row (one from a random permutation, so a
 * perfect matching exists), integer costs: esfkit's shortest augmenting paths. scipy's
 * min_weight_full_bipartite_matching runs on the same instance in {@code compare-assignment}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx8g"})
@State(Scope.Benchmark)
public class SparseAssignmentBenchmark {

  /** Number of rows and columns. */
  @Param({"20000"})
  public int n;

  private Instances.Sparse graph;

  /** Generates the graph. */
  @Setup(Level.Trial)
  public void generate() {
    graph = Instances.sparse(n, 20, 20_260_123L + n);
  }

  /**
   * esfkit.
   *
   * @return the optimal total
   */
  @Benchmark
  public double esfkit() {
    return SparseAssignment.minimize(graph.rows, graph.cols, graph.rowStart, graph.colIndex,
        graph.weights).total();
  }
}
