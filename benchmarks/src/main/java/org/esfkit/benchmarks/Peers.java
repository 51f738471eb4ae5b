package org.esfkit.benchmarks;

import com.google.ortools.Loader;
import com.google.ortools.graph.LinearSumAssignment;
import com.google.ortools.graph.MinCostFlow;
import com.google.ortools.graph.MinCostFlowBase;
import java.util.HashSet;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.alg.matching.KuhnMunkresMinimalWeightBipartitePerfectMatching;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;

/** The peer solvers, each fed from the same arrays as esfkit. */
public final class Peers {

  private static volatile boolean loaded;

  private Peers() {}

  /** Loads OR-Tools' native libraries once. */
  public static void loadOrTools() {
    if (!loaded) {
      synchronized (Peers.class) {
        if (!loaded) {
          Loader.loadNativeLibraries();
          loaded = true;
        }
      }
    }
  }

  /** A JGraphT complete bipartite graph: vertices 0..n-1 left, n..2n-1 right. */
  public static final class JGraphTDense {
    final Graph<Integer, DefaultWeightedEdge> graph;
    final Set<Integer> left = new HashSet<>();
    final Set<Integer> right = new HashSet<>();

    /**
     * Builds the graph (not timed).
     *
     * @param costs row-major n×n costs
     * @param n size
     */
    public JGraphTDense(double[] costs, int n) {
      graph = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
      for (int i = 0; i < 2 * n; i++) {
        graph.addVertex(i);
        (i < n ? left : right).add(i);
      }
      for (int i = 0; i < n; i++) {
        for (int j = 0; j < n; j++) {
          DefaultWeightedEdge e = graph.addEdge(i, n + j);
          graph.setEdgeWeight(e, costs[i * n + j]);
        }
      }
    }

    /**
     * Solves (timed part).
     *
     * @return the optimal total cost
     */
    public double solve() {
      return new KuhnMunkresMinimalWeightBipartitePerfectMatching<>(graph, left, right)
          .getMatching().getWeight();
    }
  }

  /**
   * Builds an OR-Tools LinearSumAssignment for a dense matrix (not timed).
   *
   * @param costs row-major n×n integer-valued costs
   * @param n size
   * @return the loaded solver
   */
  public static LinearSumAssignment orToolsDense(double[] costs, int n) {
    loadOrTools();
    LinearSumAssignment a = new LinearSumAssignment();
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        a.addArcWithCost(i, j, (long) costs[i * n + j]);
      }
    }
    return a;
  }

  /**
   * Solves a loaded LinearSumAssignment (timed part).
   *
   * @param a the solver from {@link #orToolsDense}
   * @return the optimal total cost
   */
  public static long solveOrToolsDense(LinearSumAssignment a) {
    if (a.solve() != LinearSumAssignment.Status.OPTIMAL) {
      throw new IllegalStateException("OR-Tools LinearSumAssignment did not solve");
    }
    return a.getOptimalCost();
  }

  /**
   * Builds an OR-Tools SimpleMinCostFlow for the capacitated problem (not timed): source to
   * each participant (capacity 1), participant to candidate task (capacity 1, cost
   * {@code MAX_WEIGHT + 1 - score} so that all costs are positive), task to sink (capacity =
   * slots). Solved with max flow first, then min cost: the same lexicographic objective.
   *
   * @param s the instance
   * @return the loaded solver
   */
  public static MinCostFlow orToolsFlow(Instances.Sparse s) {
    loadOrTools();
    MinCostFlow f = new MinCostFlow();
    int source = s.rows + s.cols;
    int sink = source + 1;
    for (int i = 0; i < s.rows; i++) {
      f.addArcWithCapacityAndUnitCost(source, i, 1, 0);
      for (int e = s.rowStart[i]; e < s.rowStart[i + 1]; e++) {
        f.addArcWithCapacityAndUnitCost(i, s.rows + s.colIndex[e], 1,
            Instances.MAX_WEIGHT + 1L - (long) s.weights[e]);
      }
    }
    for (int k = 0; k < s.cols; k++) {
      f.addArcWithCapacityAndUnitCost(s.rows + k, sink, s.capacities[k], 0);
    }
    f.setNodeSupply(source, s.rows);
    f.setNodeSupply(sink, -s.rows);
    return f;
  }

  /**
   * Solves a loaded flow (timed part).
   *
   * @param f the solver from {@link #orToolsFlow}
   * @return {flow, total score}
   */
  public static long[] solveOrToolsFlow(MinCostFlow f) {
    MinCostFlowBase.Status status = f.solveMaxFlowWithMinCost();
    if (status != MinCostFlowBase.Status.OPTIMAL) {
      throw new IllegalStateException("OR-Tools MinCostFlow: " + status);
    }
    long flow = f.getMaximumFlow();
    return new long[] {flow, flow * (Instances.MAX_WEIGHT + 1L) - f.getOptimalCost()};
  }
}
