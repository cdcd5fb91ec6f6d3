"""scipy.optimize.minimize as a SaddleBench solver: python3 clients/python/peers/scipy_solver.py METHOD

METHOD is one of BFGS, L-BFGS-B, CG, Newton-CG, trust-ncg, trust-krylov, trust-exact (case-insensitive). The objective
and its gradient come from one `grad` request per evaluation (jac=True), Hessian-vector products from `hvp` (hessp), and
trust-exact's dense Hessian from d batched `hvp` requests. gtol is the problem's gradient tolerance; scipy's `success`
is the claim. scipy.optimize is unconstrained: on a manifold problem the solver returns the start unclaimed.
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))

from saddlebench import run  # noqa: E402

METHODS = {m.lower(): m for m in ("BFGS", "L-BFGS-B", "CG", "Newton-CG", "trust-ncg", "trust-krylov", "trust-exact")}
HESSP = {"Newton-CG", "trust-ncg", "trust-krylov"}


def solve(method, problem, oracle):
    import numpy as np
    from scipy.optimize import minimize

    if not problem.euclidean:
        return problem.x0, False, "not run: scipy.optimize is unconstrained and the problem lives on %s" % problem.manifold.get("name")
    fun = oracle.value_and_grad
    options = {"maxiter": max(1, int(problem.budget))}
    tol = problem.gradient_tolerance
    if method in ("BFGS", "CG", "trust-ncg", "trust-krylov", "trust-exact"):
        options["gtol"] = tol
    elif method == "L-BFGS-B":
        options["gtol"] = tol
        options["maxfun"] = max(1, int(problem.budget))
    elif method == "Newton-CG":
        options["xtol"] = tol
    kwargs = {}
    if method in HESSP:
        kwargs["hessp"] = lambda x, p: oracle.hvp(x, p)
    if method == "trust-exact":
        kwargs["hess"] = lambda x: np.array(oracle.hessian(x))
    result = minimize(fun, np.asarray(problem.x0, dtype=np.float64), jac=True, method=method, options=options, **kwargs)
    return result.x, bool(result.success), "scipy %s: %s (nit=%s)" % (method, result.message, getattr(result, "nit", "?"))


def main(argv):
    if len(argv) != 2 or argv[1].lower() not in METHODS:
        sys.stderr.write("usage: scipy_solver.py METHOD  (METHOD: %s)\n" % ", ".join(METHODS.values()))
        return 2
    try:
        import scipy  # noqa: F401
        import numpy  # noqa: F401
    except ImportError as e:
        sys.stderr.write("scipy_solver.py needs NumPy and SciPy (Debian: apt-get install python3-numpy python3-scipy): %s\n" % e)
        return 3
    method = METHODS[argv[1].lower()]
    return run(lambda problem, oracle: solve(method, problem, oracle), name="scipy-" + method.lower(), numpy=True)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
