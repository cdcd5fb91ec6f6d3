"""The client against a fake harness: what it sends, what it decodes, and how a run ends."""
import contextlib
import io
import math
import os
import struct
import sys
import unittest

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))

from saddlebench import BudgetExhausted, HarnessError, run  # noqa: E402
from saddlebench import client  # noqa: E402
from tests.fake_harness import FakeHarness  # noqa: E402

HARD = [5e-324, 0.1 + 0.2, 1.7976931348623157e308, -1.7976931348623157e308, -0.0, 2.2250738585072014e-308,
        2.225073858507201e-308, 1.0 / 3.0, -1e-300, 123456789.125]


def bits(values):
    return [struct.pack("<d", float(v)) for v in values]


def run_with(harness, solver, **kwargs):
    return run(solver, stdin=harness, stdout=harness, **kwargs)


class HandshakeTests(unittest.TestCase):
    def test_hello_comes_first_with_protocol_and_name(self):
        h = FakeHarness([1.0, 2.0])
        run_with(h, lambda p, o: (p.x0, False), name="mine", numpy=False)
        self.assertEqual(h.sent[0], {"type": "hello", "protocol": 1, "name": "mine"})
        self.assertEqual(h.sent[-1]["type"], "done")

    def test_no_problem_means_a_quiet_exit(self):
        h = FakeHarness([1.0])
        h.send_problem = False
        called = []
        self.assertEqual(run_with(h, lambda p, o: called.append(1)), 0)
        self.assertEqual(called, [])
        self.assertEqual([m["type"] for m in h.sent], ["hello"])

    def test_problem_fields_are_read(self):
        h = FakeHarness([0.5, -0.25, 1.0])
        seen = {}

        def solver(p, o):
            seen.update(dimension=p.dimension, x0=list(p.x0), budget=p.budget, euclidean=p.euclidean,
                        tol=p.gradient_tolerance, max_batch=p.max_batch)
            return p.x0, True

        run_with(h, solver, numpy=False)
        self.assertEqual(seen, {"dimension": 3, "x0": [0.5, -0.25, 1.0], "budget": 100, "euclidean": True,
                                "tol": 1e-8, "max_batch": 64})


class OracleTests(unittest.TestCase):
    def test_each_call_is_one_request_with_the_right_answer(self):
        h = FakeHarness([1.0, 2.0])
        out = {}

        def solver(p, o):
            out["f"] = o.f([1.0, 1.0])
            out["g"] = list(o.grad([1.0, 1.0]))
            out["hv"] = list(o.hvp([1.0, 1.0], [1.0, -1.0]))
            out["sg"] = list(o.sample_grad([2.0, 0.0], batch=8))
            out["rg"] = list(o.riemannian_grad([1.0, 0.0]))
            out["r"] = list(o.retract([1.0, 0.0], [0.5, 0.5]))
            out["calls"] = dict(o.calls)
            return p.x0, False

        run_with(h, solver, numpy=False)
        self.assertEqual(out["f"], 1.5)
        self.assertEqual(out["g"], [1.0, 2.0])
        self.assertEqual(out["hv"], [1.0, -2.0])
        self.assertEqual(out["sg"], [2.0, 0.0])
        self.assertEqual(out["rg"], [1.0, 0.0])
        self.assertEqual(out["r"], [1.5, 0.5])
        self.assertEqual([m["type"] for m in h.sent[1:-1]], ["f", "grad", "hvp", "sample_grad", "riemannian_grad", "retract"])
        self.assertEqual(h.sent[4]["batch"], 8)
        self.assertEqual(out["calls"]["grad"], 1)

    def test_batch_is_split_at_max_batch_and_answers_in_order(self):
        h = FakeHarness([0.0] * 5, max_batch=2)
        rows = []

        def solver(p, o):
            rows.extend(list(r) for r in o.hessian(p.x0))
            return p.x0, False

        run_with(h, solver, numpy=False)
        self.assertEqual(rows, [[float(i + 1) if j == i else 0.0 for j in range(5)] for i in range(5)])
        batches = [m for m in h.sent if m["type"] == "batch"]
        self.assertEqual([len(b["requests"]) for b in batches], [2, 2, 1])

    def test_non_finite_answers_decode(self):
        h = FakeHarness([1.0, 1.0], f=lambda x: float("nan"), grad=lambda x: ["Infinity", "-Infinity"])
        h.f = lambda x: "NaN"
        out = {}

        def solver(p, o):
            out["f"] = o.f(p.x0)
            out["g"] = list(o.grad(p.x0))
            return p.x0, False

        run_with(h, solver, numpy=False)
        self.assertTrue(math.isnan(out["f"]))
        self.assertEqual(out["g"], [math.inf, -math.inf])

    def test_hard_values_go_and_come_back_bit_for_bit(self):
        h = FakeHarness(HARD, grad=lambda x: list(x))
        back = {}

        def solver(p, o):
            back["x0"] = list(p.x0)
            back["g"] = list(o.grad(HARD))
            return HARD, True

        run_with(h, solver, numpy=False)
        self.assertEqual(bits(back["x0"]), bits(HARD))
        self.assertEqual(bits(back["g"]), bits(HARD))
        self.assertEqual(bits(h.sent[1]["x"]), bits(HARD))
        self.assertEqual(bits(h.sent[-1]["x"]), bits(HARD))

    @unittest.skipIf(client._np is None, "NumPy is not installed")
    def test_numpy_arrays_in_and_out(self):
        import numpy as np
        h = FakeHarness([1.0, 2.0])
        out = {}

        def solver(p, o):
            out["x0"] = p.x0
            out["g"] = o.grad(p.x0 * 2)
            return p.x0 - 0.1 * out["g"], False

        run_with(h, solver, numpy=True)
        self.assertIsInstance(out["x0"], np.ndarray)
        self.assertEqual(out["g"].dtype, np.float64)
        self.assertEqual(list(out["g"]), [2.0, 8.0])
        self.assertEqual(h.sent[-1]["x"], [1.0 - 0.1 * 2.0, 2.0 - 0.1 * 8.0])


class EndingTests(unittest.TestCase):
    def test_done_carries_point_claim_and_message(self):
        h = FakeHarness([3.0])
        self.assertEqual(run_with(h, lambda p, o: ([0.25], True, "small gradient"), numpy=False), 0)
        self.assertEqual(h.sent[-1], {"type": "done", "x": [0.25], "converged": True, "message": "small gradient"})

    def test_budget_exhausted_ends_the_run_without_done(self):
        h = FakeHarness([1.0], budget=3)
        calls = []

        def solver(p, o):
            while True:
                o.grad(p.x0)
                calls.append(1)

        self.assertEqual(run_with(h, solver, numpy=False), 0)
        self.assertEqual(len(calls), 3)
        self.assertNotIn("done", [m["type"] for m in h.sent])

    def test_budget_exhausted_is_an_exception_the_solver_sees(self):
        h = FakeHarness([1.0], budget=0)
        seen = []

        def solver(p, o):
            try:
                o.f(p.x0)
            except BudgetExhausted:
                seen.append("budget")
                raise
            return p.x0, False

        run_with(h, solver, numpy=False)
        self.assertEqual(seen, ["budget"])

    def test_a_failing_solver_exits_1_with_its_traceback_on_stderr(self):
        h = FakeHarness([1.0])
        err = io.StringIO()

        def solver(p, o):
            raise ValueError("broken solver")

        with contextlib.redirect_stderr(err):
            self.assertEqual(run_with(h, solver, numpy=False), 1)
        self.assertIn("ValueError: broken solver", err.getvalue())
        self.assertNotIn("done", [m["type"] for m in h.sent])

    def test_an_error_reply_raises(self):
        h = FakeHarness([1.0])
        seen = []

        def solver(p, o):
            try:
                o._one({"type": "nonsense", "x": [1.0]})
            except HarnessError as e:
                seen.append(str(e))
            return p.x0, False

        run_with(h, solver, numpy=False)
        self.assertEqual(seen, ["unknown request 'nonsense'"])


class ExampleTests(unittest.TestCase):
    def test_gradient_descent_example_converges_on_a_quadratic(self):
        sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "examples"))
        import gradient_descent
        h = FakeHarness([1.0, -1.0], budget=5000)
        run_with(h, lambda p, o: gradient_descent.gradient_descent(p, o, step=0.3), numpy=False)
        done = h.sent[-1]
        self.assertEqual(done["type"], "done")
        self.assertTrue(done["converged"])
        self.assertLess(max(abs(v) for v in done["x"]), 1e-8)

    def test_gradient_descent_example_on_a_sphere_uses_the_harness_retraction(self):
        sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "examples"))
        import gradient_descent
        h = FakeHarness([0.6, 0.8], budget=3, manifold={"kind": "sphere", "name": "sphere", "tangent_dimension": 1})
        run_with(h, gradient_descent.gradient_descent, numpy=False)
        self.assertIn("retract", [m["type"] for m in h.sent])


if __name__ == "__main__":
    unittest.main()
