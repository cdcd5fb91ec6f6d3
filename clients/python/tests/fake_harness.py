"""A fake harness for the client's tests: answers the client's requests in memory, as the real one does."""
import json


class FakeHarness:
    """Plays the harness on a quadratic f(x) = ½ Σ a_i x_i² (or given functions), recording every line."""

    def __init__(self, x0, f=None, grad=None, hvp=None, budget=100, max_batch=64, manifold=None, extra=None):
        d = len(x0)
        self.a = [float(i + 1) for i in range(d)]
        self.f = f or (lambda x: 0.5 * sum(ai * xi * xi for ai, xi in zip(self.a, x)))
        self.grad = grad or (lambda x: [ai * xi for ai, xi in zip(self.a, x)])
        self.hvp = hvp or (lambda x, v: [ai * vi for ai, vi in zip(self.a, v)])
        self.budget = budget
        self.sent = []          # lines the client wrote (parsed)
        self.replies = []       # lines queued for the client
        self.charged = 0
        self.problem = {
            "type": "problem", "protocol": 1, "name": "fake", "family": "fake", "dimension": d, "instance": 0,
            "start_kind": "random", "manifold": manifold or {"kind": "euclidean", "name": "euclidean", "tangent_dimension": d},
            "x0": list(x0), "budget": budget, "oracles": ["f", "grad", "hvp", "sample_grad", "riemannian_grad",
                                                         "riemannian_hvp", "retract", "project"],
            "stochastic": False, "exact_hessian": True, "seed": 1, "gradient_tolerance": 1e-8,
            "timeout_seconds": 60.0, "max_batch": max_batch, "max_line_bytes": 1 << 20,
        }
        if extra:
            self.problem.update(extra)
        self.send_problem = True

    # the client's stdout
    def write(self, text):
        for line in text.splitlines():
            message = json.loads(line)
            self.sent.append(message)
            self._answer(message)

    def flush(self):
        pass

    # the client's stdin
    def readline(self):
        return self.replies.pop(0) + "\n" if self.replies else ""

    def _queue(self, message):
        self.replies.append(json.dumps(message))

    def _result(self, m):
        kind = m["type"]
        if kind in ("f", "grad", "hvp", "sample_grad", "riemannian_grad", "riemannian_hvp"):
            self.charged += 1
            if self.charged > self.budget:
                return None
        x = m.get("x")
        if kind == "f":
            return {"type": "f", "f": self.f(x)}
        if kind in ("grad", "sample_grad", "riemannian_grad"):
            return {"type": kind, "f": self.f(x), "g": self.grad(x)}
        if kind in ("hvp", "riemannian_hvp"):
            return {"type": kind, "hv": self.hvp(x, m["v"])}
        if kind == "retract":
            return {"type": kind, "x": [a + b for a, b in zip(x, m["v"])]}
        if kind == "project":
            return {"type": kind, "v": list(m["v"])}
        return {"type": "error", "outcome": "protocol-error", "message": "unknown request '%s'" % kind}

    def _answer(self, m):
        kind = m["type"]
        if kind == "hello":
            if self.send_problem:
                self._queue(self.problem)
            return
        if kind == "done":
            return
        if kind == "batch":
            results = []
            for item in m["requests"]:
                r = self._result(item)
                if r is None:
                    self._queue({"type": "budget_exhausted", "budget": self.budget})
                    return
                r.setdefault("type", item["type"])
                results.append(r)
            self._queue({"type": "batch", "results": results})
            return
        r = self._result(m)
        self._queue(r if r is not None else {"type": "budget_exhausted", "budget": self.budget})
