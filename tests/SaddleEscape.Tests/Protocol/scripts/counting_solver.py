"""A client solver with a fixed sequence of requests; with --lie its done message reports fewer calls than it made."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "..", "clients", "python"))
from saddlebench import run  # noqa: E402


def solve(problem, oracle):
    x = [0.5] * problem.dimension
    v = [1.0] + [0.0] * (problem.dimension - 1)
    for _ in range(3):
        oracle.f(x)
    for _ in range(4):
        oracle.grad(x)
    for _ in range(2):
        oracle.hvp(x, v)
    oracle.batch([("grad", x), ("hvp", x, v), ("f", x)])
    oracle.riemannian_grad(x)
    oracle.riemannian_hvp(x, v)
    oracle.sample_grad(x, 4)
    oracle.retract(x, v)
    oracle.project(x, v)
    lie = "--lie" in sys.argv
    calls = {"f": 1, "grad": 1, "hvp": 0} if lie else oracle.calls
    return x, True, "my counts: %s" % sorted(calls.items())


sys.exit(run(solve, name="counting"))
