"""The client side of SaddleBench's ask/tell protocol, version 1 (docs/protocol.md).

The harness starts the solver as a child process and speaks JSON lines on its stdin/stdout. `run(solver_fn)` says
hello, reads the problem, calls ``solver_fn(problem, oracle)`` and sends its result as ``done``. Every oracle call is a
request the harness answers and counts; the client's own counts (``oracle.calls``) are for the solver's information
only and are never used by the harness.
"""

import json
import sys
import traceback

try:  # NumPy is optional: with it, vectors come back as float64 arrays.
    import numpy as _np
except ImportError:  # pragma: no cover - depends on the machine
    _np = None

PROTOCOL = 1


class BudgetExhausted(Exception):
    """The harness says the run's budget is spent; the run is over (the harness ends the process)."""


class HarnessError(Exception):
    """The harness rejected a request (its 'error' message) or sent something this client does not understand."""


def _number(value):
    """A float from a JSON number or one of the strings "NaN", "Infinity", "-Infinity"."""
    return float(value)


def _plain(vector):
    """A list of floats for JSON (NumPy arrays, lists, tuples, any iterable of numbers)."""
    if hasattr(vector, "tolist"):
        vector = vector.tolist()
    return [float(v) for v in vector]


class Problem:
    """The harness's ``problem`` message: every field of it in ``raw``, the common ones as attributes."""

    def __init__(self, message, as_array):
        self.raw = message
        self.protocol = message.get("protocol")
        self.name = message.get("name")
        self.family = message.get("family")
        self.dimension = int(message["dimension"])
        self.instance = message.get("instance")
        self.start_kind = message.get("start_kind")
        self.manifold = message.get("manifold", {"kind": "euclidean"})
        self.x0 = as_array([_number(v) for v in message["x0"]])
        self.budget = message.get("budget")
        self.oracles = list(message.get("oracles", []))
        self.stochastic = bool(message.get("stochastic", False))
        self.seed = message.get("seed", 0)
        self.gradient_tolerance = message.get("gradient_tolerance")
        self.max_batch = int(message.get("max_batch", 1))

    @property
    def euclidean(self):
        """True when the points live in R^d (no retraction needed)."""
        return self.manifold.get("kind") == "euclidean"


class Oracle:
    """The harness's oracle, as plain functions of NumPy arrays (or lists without NumPy).

    ``grad`` and ``hvp`` are Euclidean; ``riemannian_grad`` and ``riemannian_hvp`` are the projected (Riemannian) ones
    and ``retract``/``project`` use the harness's manifold. ``batch`` sends several requests in one round trip.
    """

    def __init__(self, connection, problem, as_array):
        self._connection = connection
        self._as_array = as_array
        self.problem = problem
        self.calls = {}

    # -- one request per call -------------------------------------------------------------------------------------
    def f(self, x):
        """f(x)."""
        return self._one({"type": "f", "x": _plain(x)})

    def value_and_grad(self, x):
        """(f(x), ∇f(x)) for one gradient call."""
        return self._one({"type": "grad", "x": _plain(x)})

    def grad(self, x):
        """∇f(x) (Euclidean)."""
        return self.value_and_grad(x)[1]

    def hvp(self, x, v):
        """∇²f(x)·v (Euclidean)."""
        return self._one({"type": "hvp", "x": _plain(x), "v": _plain(v)})

    def sample_grad(self, x, batch=1):
        """A stochastic gradient of a mini-batch of ``batch`` samples (the exact one on a deterministic problem)."""
        return self._one({"type": "sample_grad", "x": _plain(x), "batch": int(batch)})[1]

    def riemannian_grad(self, x):
        """The Riemannian gradient: ∇f(x) projected onto the tangent space at x."""
        return self._one({"type": "riemannian_grad", "x": _plain(x)})[1]

    def riemannian_hvp(self, x, v):
        """The Riemannian Hessian applied to v (projected onto the tangent space at x first)."""
        return self._one({"type": "riemannian_hvp", "x": _plain(x), "v": _plain(v)})

    def retract(self, x, v):
        """R_x(v), the harness's retraction (free of charge)."""
        return self._one({"type": "retract", "x": _plain(x), "v": _plain(v)})

    def project(self, x, v):
        """v projected onto the tangent space at x (free of charge)."""
        return self._one({"type": "project", "x": _plain(x), "v": _plain(v)})

    # -- several requests per round trip --------------------------------------------------------------------------
    def batch(self, requests):
        """Answers to ``requests``, each a tuple ``(kind, x)``, ``(kind, x, v)`` or ``("sample_grad", x, batch)``, in one
        round trip (at most ``problem.max_batch`` per line; longer lists are split)."""
        messages = []
        for request in requests:
            kind, x = request[0], request[1]
            message = {"type": kind, "x": _plain(x)}
            if kind == "sample_grad":
                message["batch"] = int(request[2]) if len(request) > 2 else 1
            elif len(request) > 2:
                message["v"] = _plain(request[2])
            messages.append(message)
        answers = []
        step = max(1, self.problem.max_batch)
        for start in range(0, len(messages), step):
            chunk = messages[start:start + step]
            reply = self._connection.ask({"type": "batch", "requests": chunk})
            results = reply.get("results")
            if not isinstance(results, list) or len(results) != len(chunk):
                raise HarnessError("the harness answered a batch of %d with %r" % (len(chunk), reply))
            for message, result in zip(chunk, results):
                answers.append(self._unpack(message["type"], result))
        return answers

    def hessian(self, x):
        """The d×d Hessian from d Hessian-vector products with the unit vectors (batched); rows as a list of arrays."""
        d = self.problem.dimension
        units = []
        for i in range(d):
            e = [0.0] * d
            e[i] = 1.0
            units.append(("hvp", x, e))
        return self.batch(units)

    # -- plumbing -------------------------------------------------------------------------------------------------
    def _one(self, message):
        return self._unpack(message["type"], self._connection.ask(message))

    def _unpack(self, kind, reply):
        self.calls[kind] = self.calls.get(kind, 0) + 1
        if reply.get("type") == "error":
            raise HarnessError(reply.get("message", "error"))
        if kind == "f":
            return _number(reply["f"])
        if kind in ("grad", "sample_grad", "riemannian_grad"):
            return _number(reply["f"]), self._as_array([_number(v) for v in reply["g"]])
        if kind in ("hvp", "riemannian_hvp"):
            return self._as_array([_number(v) for v in reply["hv"]])
        if kind == "retract":
            return self._as_array([_number(v) for v in reply["x"]])
        if kind == "project":
            return self._as_array([_number(v) for v in reply["v"]])
        return reply


class _Connection:
    """One JSON object per line each way; a request waits for its reply (strict alternation)."""

    def __init__(self, reader, writer):
        self._reader = reader
        self._writer = writer

    def send(self, message):
        self._writer.write(json.dumps(message, separators=(",", ":"), allow_nan=True) + "\n")
        self._writer.flush()

    def receive(self):
        line = self._reader.readline()
        if not line:
            return None
        return json.loads(line)

    def ask(self, message):
        self.send(message)
        reply = self.receive()
        if reply is None:
            raise HarnessError("the harness closed the connection")
        kind = reply.get("type")
        if kind == "budget_exhausted":
            raise BudgetExhausted(reply.get("message", "the budget is spent"))
        if kind == "error":
            raise HarnessError(reply.get("message", "protocol error"))
        return reply


def _array_maker(numpy):
    if numpy is None:
        numpy = _np is not None
    if numpy:
        if _np is None:
            raise ImportError("numpy=True but NumPy is not installed")
        return lambda values: _np.asarray(values, dtype=_np.float64)
    return list


def run(solver_fn, name=None, numpy=None, stdin=None, stdout=None):
    """Runs ``solver_fn(problem, oracle)`` as a SaddleBench solver on this process's stdin/stdout.

    ``solver_fn`` returns ``(x, converged)`` or ``(x, converged, message)``: its final point and whether it claims
    convergence (the harness certifies the claim). ``name`` is the solver's name in reports (sent in ``hello``).
    Returns the process's exit status: 0 after ``done`` (or when the harness sent no problem), 0 when the budget ran
    out (the harness records that), 1 when ``solver_fn`` raised (its traceback goes to stderr, which the harness keeps).
    """
    reader = stdin if stdin is not None else sys.stdin
    writer = stdout if stdout is not None else sys.stdout
    as_array = _array_maker(numpy)
    connection = _Connection(reader, writer)
    hello = {"type": "hello", "protocol": PROTOCOL}
    if name is not None:
        hello["name"] = name
    connection.send(hello)
    message = connection.receive()
    if message is None:  # asked for its name only
        return 0
    if message.get("type") != "problem":
        raise HarnessError("expected a problem, got %r" % (message.get("type"),))
    problem = Problem(message, as_array)
    oracle = Oracle(connection, problem, as_array)
    try:
        result = solver_fn(problem, oracle)
    except BudgetExhausted:
        return 0
    except Exception:  # the traceback is the harness's stderr tail
        traceback.print_exc(file=sys.stderr)
        sys.stderr.flush()
        return 1
    x, converged = result[0], bool(result[1])
    text = str(result[2]) if len(result) > 2 and result[2] is not None else ""
    connection.send({"type": "done", "x": _plain(x), "converged": converged, "message": text})
    return 0

