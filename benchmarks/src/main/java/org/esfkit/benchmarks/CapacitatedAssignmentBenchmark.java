package org.esfkit.benchmarks;

import com.google.ortools.graph.MinCostFlow;
import java.util.concurrent.TimeUnit;
import org.esfkit.matching.internal.CapacitatedAssignment;
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
 * Capacitated assignment: participants, participants/10 tasks of 1–20 slots, 30 candidate tasks
 * per participant, integer scores; maximum cardinality, then maximum score. esfkit against
 * OR-Tools' SimpleMinCostFlow (SolveMaxFlowWithMinCost) on the same network; OR-Tools' arcs are
 * loaded in an untimed per-invocation set-up.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xmx8g"})
public class CapacitatedAssignmentBenchmark {

  /** The shared instance. */
  @State(Scope.Benchmark)
  public static class Problem {
    /** Number of participants. */
    @Param({"50000"})
    public int participants;
    Instances.Sparse graph;

    /** Generates the instance. */
    @Setup(Level.Trial)
    public void generate() {
      graph = Instances.capacitated(participants, participants / 10, 20, 30,
          20_260_123L + participants);
    }
  }

  /** A freshly loaded OR-Tools flow network for each invocation. */
  @State(Scope.Thread)
  public static class OrTools {
    MinCostFlow flow;

    /**
     * Loads the network (not timed).
     *
     * @param p the instance
     */
    @Setup(Level.Invocation)
    public void load(Problem p) {
      flow = Peers.orToolsFlow(p.graph);
    }

    /** Frees the native solver. */
    @TearDown(Level.Invocation)
    public void free() {
      flow.delete();
    }
  }

  /**
   * esfkit.
   *
   * @param p the instance
   * @return the optimal total score
   */
  @Benchmark
  public double esfkit(Problem p) {
    Instances.Sparse g = p.graph;
    return CapacitatedAssignment.maximize(g.rows, g.capacities, g.rowStart, g.colIndex,
        g.weights).total();
  }

  /**
   * OR-Tools SimpleMinCostFlow.
   *
   * @param o the loaded network
   * @return {flow, total score}
   */
  @Benchmark
  public long[] orTools(OrTools o) {
    return Peers.solveOrToolsFlow(o.flow);
  }
}
