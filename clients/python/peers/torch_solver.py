"""torch.optim's SGD or Adam as a SaddleBench solver: python3 clients/python/peers/torch_solver.py sgd|adam [--lr LR]

float64 parameters, a fixed learning rate (default 0.01 for SGD, 0.001 for Adam), one gradient request per step; it
claims convergence when the (Riemannian) gradient norm is at most the problem's gradient tolerance and stops before the
budget is spent otherwise. On a manifold, torch's step is retracted by the harness (`retract`).
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))

from saddlebench import run  # noqa: E402

DEFAULT_LR = {"sgd": 0.01, "adam": 0.001}


def solve(kind, lr, problem, oracle):
    import numpy as np
    import torch

    x = torch.tensor(np.asarray(problem.x0), dtype=torch.float64, requires_grad=False)
    parameter = torch.nn.Parameter(x.clone())
    optimizer = torch.optim.SGD([parameter], lr=lr) if kind == "sgd" else torch.optim.Adam([parameter], lr=lr)
    tol = problem.gradient_tolerance
    for step in range(max(0, int(problem.budget) - 1)):
        point = parameter.detach().numpy().copy()
        g = oracle.grad(point) if problem.euclidean else oracle.riemannian_grad(point)
        if float(np.linalg.norm(g)) <= tol:
            return point, True, "torch %s: gradient norm <= %g after %d steps" % (kind, tol, step)
        parameter.grad = torch.from_numpy(np.asarray(g, dtype=np.float64).copy())
        optimizer.step()
        if not problem.euclidean:
            moved = parameter.detach().numpy() - point
            with torch.no_grad():
                parameter.copy_(torch.from_numpy(np.asarray(oracle.retract(point, moved), dtype=np.float64)))
    return parameter.detach().numpy(), False, "torch %s: step limit (budget - 1)" % kind


def main(argv):
    if len(argv) not in (2, 4) or argv[1] not in DEFAULT_LR or (len(argv) == 4 and argv[2] != "--lr"):
        sys.stderr.write("usage: torch_solver.py sgd|adam [--lr LR]\n")
        return 2
    try:
        import torch  # noqa: F401
        import numpy  # noqa: F401
    except ImportError as e:
        sys.stderr.write("torch_solver.py needs NumPy and PyTorch (Debian: apt-get install python3-numpy python3-torch): %s\n" % e)
        return 3
    kind = argv[1]
    lr = float(argv[3]) if len(argv) == 4 else DEFAULT_LR[kind]
    return run(lambda problem, oracle: solve(kind, lr, problem, oracle), name="torch-" + kind, numpy=True)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
