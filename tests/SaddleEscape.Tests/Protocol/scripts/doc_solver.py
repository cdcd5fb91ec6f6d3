"""A solver written from docs/protocol.md alone (no client): gradient descent that, where the gradient is small, looks
for negative curvature along the coordinate axes with one batch of HVPs and steps along it; it counts its own calls
by the page's counting rule and reports them in its message."""
import json
import math
import sys


def send(message):
    sys.stdout.write(json.dumps(message) + "\n")
    sys.stdout.flush()


def ask(message):
    send(message)
    reply = json.loads(sys.stdin.readline())
    if reply["type"] in ("budget_exhausted", "error"):
        sys.exit(0)
    return reply


send({"type": "hello", "protocol": 1, "name": "doc-solver"})
problem = json.loads(sys.stdin.readline())
d, tol, limit = problem["dimension"], problem["gradient_tolerance"], problem["max_batch"]
counts = {"f": 0, "grad": 0, "hvp": 0}
x, converged = list(problem["x0"]), False
while counts["grad"] + counts["hvp"] + d < problem["budget"]:
    g = [float(v) for v in ask({"type": "grad", "x": x})["g"]]
    counts["grad"] += 1
    if math.sqrt(sum(v * v for v in g)) > tol:
        x = [a - 0.05 * b for a, b in zip(x, g)]
        continue
    units = [[1.0 if j == i else 0.0 for j in range(d)] for i in range(d)]
    curvature = []
    for start in range(0, d, limit):
        chunk = units[start:start + limit]
        reply = ask({"type": "batch", "requests": [{"type": "hvp", "x": x, "v": e} for e in chunk]})
        curvature += [float(r["hv"][start + k]) for k, r in enumerate(reply["results"])]
        counts["hvp"] += len(chunk)
    i = min(range(d), key=lambda k: curvature[k])
    if curvature[i] >= 0:
        converged = True
        break
    x[i] += 0.1
message = "counted f=%d grad=%d hvp=%d" % (counts["f"], counts["grad"], counts["hvp"])
send({"type": "done", "x": x, "converged": converged, "message": message})
