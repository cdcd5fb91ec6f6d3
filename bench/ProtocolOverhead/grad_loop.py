"""Times SaddleBench protocol round trips from the solver's side: N single `grad` requests, then N/64 batches of 64,
at the start point; reports medians (μs) in its done message. Usage: grad_loop.py N"""
import os
import statistics
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "clients", "python"))
from saddlebench import run  # noqa: E402


def solve(problem, oracle):
    n = int(sys.argv[1])
    x = problem.x0
    single = []
    for _ in range(n):
        t = time.perf_counter_ns()
        oracle.value_and_grad(x)
        single.append(time.perf_counter_ns() - t)
    batched = []
    requests = [("grad", x)] * 64
    for _ in range(max(1, n // 64)):
        t = time.perf_counter_ns()
        oracle.batch(requests)
        batched.append((time.perf_counter_ns() - t) / 64)
    q = statistics.quantiles(single, n=100)
    return x, False, "single %.2f p10 %.2f p90 %.2f batched %.2f" % (
        statistics.median(single) / 1e3, q[9] / 1e3, q[89] / 1e3, statistics.median(batched) / 1e3)


sys.exit(run(solve, name="grad-loop", numpy=True))
