package org.esfkit.benchmarks;

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
import org.openjdk.jmh.annotations.Warmup;

/**
 * Dense n×n assignment against JGraphT's KuhnMunkresMinimalWeightBipartitePerfectMatching, in
 * single-shot mode since JGraphT's O(n³) Hungarian method takes seconds at n = 1000 (and
 * minutes beyond). The graph is built in the untimed set-up.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xmx8g"})
@State(Scope.Benchmark)
public class JGraphTDenseBenchmark {

  /** Matrix size. */
  @Param({"500", "1000"})
  public int n;

  private double[] costs;
  private Peers.JGraphTDense graph;

  /** Generates the costs and the JGraphT graph. */
  @Setup(Level.Trial)
  public void generate() {
    costs = Instances.dense(n, 20_260_123L + n);
    graph = new Peers.JGraphTDense(costs, n);
  }

  /**
   * esfkit, single shot like JGraphT.
   *
   * @return the optimal total
   */
  @Benchmark
  public double esfkit() {
    return DenseAssignment.minimize(costs, n, n).total();
  }

  /**
   * JGraphT Kuhn–Munkres.
   *
   * @return the optimal total
   */
  @Benchmark
  public double jgrapht() {
    return graph.solve();
  }
}
