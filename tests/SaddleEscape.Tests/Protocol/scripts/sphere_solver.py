"""On a sphere: grad, riemannian_grad, riemannian_hvp, retract and project at x0 (v = 0.1, 0.2, ...), then done unclaimed."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "..", "clients", "python"))
from saddlebench import run  # noqa: E402


def solve(problem, oracle):
    x = problem.x0
    v = [0.1 * (i + 1) for i in range(problem.dimension)]
    oracle.grad(x)
    oracle.riemannian_grad(x)
    oracle.riemannian_hvp(x, v)
    oracle.retract(x, v)
    oracle.project(x, v)
    return x, False


sys.exit(run(solve, numpy=False))
