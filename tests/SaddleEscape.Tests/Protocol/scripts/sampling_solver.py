"""Three stochastic gradients of batch 4 at x0; returns the last one as its point."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "..", "clients", "python"))
from saddlebench import run  # noqa: E402


def solve(problem, oracle):
    g = None
    for _ in range(3):
        g = oracle.sample_grad(problem.x0, 4)
    return g, False


sys.exit(run(solve, numpy=False))
