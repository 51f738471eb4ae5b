#!/usr/bin/env python3
"""Times scipy on the instance files written by org.esfkit.benchmarks.Compare.

usage: scipy_assignment.py dense N COSTS.f64 REPEATS
       scipy_assignment.py sparse N INDPTR.i32 INDICES.i32 DATA.f64 REPEATS

Loads the raw little-endian arrays with numpy, solves once to warm up, then times REPEATS
solves with time.perf_counter and prints one line:
scipy_ms=<median> total=<optimal cost> samples=<each solve's ms, comma-separated>.
Only the solver call is timed.
"""
import statistics
import sys
import time

import numpy as np


def main(argv):
    kind = argv[1]
    n = int(argv[2])
    if kind == "dense":
        from scipy.optimize import linear_sum_assignment
        costs = np.fromfile(argv[3], dtype="<f8").reshape(n, n)
        repeats = int(argv[4])

        def solve():
            return linear_sum_assignment(costs)

        def total_of(result):
            return costs[result[0], result[1]].sum()
    elif kind == "sparse":
        from scipy.sparse import csr_matrix
        from scipy.sparse.csgraph import min_weight_full_bipartite_matching
        indptr = np.fromfile(argv[3], dtype="<i4")
        indices = np.fromfile(argv[4], dtype="<i4")
        data = np.fromfile(argv[5], dtype="<f8")
        graph = csr_matrix((data, indices, indptr), shape=(n, n))
        repeats = int(argv[6])

        def solve():
            return min_weight_full_bipartite_matching(graph)

        def total_of(result):
            return np.asarray(graph[result[0], result[1]]).sum()
    else:
        raise SystemExit("unknown kind " + kind)

    result = solve()  # warm-up
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        result = solve()
        times.append((time.perf_counter() - start) * 1000.0)
    print("scipy_ms=%.3f total=%.1f samples=%s" % (
        statistics.median(times), total_of(result), ",".join("%.3f" % t for t in times)))


if __name__ == "__main__":
    main(sys.argv)
