"""SaddleBench's ask/tell protocol (docs/protocol.md, version 1) for solvers written in Python.

Standard library only; NumPy is used for the arrays it returns when it is installed.

    from saddlebench import run

    def solve(problem, oracle):
        x = problem.x0
        ...                       # oracle.f(x), oracle.grad(x), oracle.hvp(x, v), ...
        return x, converged, "why it stopped"

    run(solve, name="my-solver")
"""

from .client import (
    PROTOCOL,
    BudgetExhausted,
    HarnessError,
    Oracle,
    Problem,
    run,
)

__all__ = ["PROTOCOL", "BudgetExhausted", "HarnessError", "Oracle", "Problem", "run"]
