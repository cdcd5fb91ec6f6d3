"""Gradient descent with a fixed step, as a SaddleBench solver: python3 clients/python/examples/gradient_descent.py"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from saddlebench import run


def gradient_descent(problem, oracle, step=0.01):
    x = problem.x0
    for _ in range(problem.budget - 1):        # one gradient per iteration; leave the harness the last call
        g = oracle.riemannian_grad(x)          # = grad(x) on R^d; the tangent part of it on a sphere
        if sum(v * v for v in g) ** 0.5 <= problem.gradient_tolerance:
            return x, True, "gradient norm below tolerance"
        move = [-step * v for v in g]
        x = [a + b for a, b in zip(x, move)] if problem.euclidean else oracle.retract(x, move)
    return x, False, "iteration limit"


if __name__ == "__main__":
    sys.exit(run(gradient_descent, name="python-gd"))
