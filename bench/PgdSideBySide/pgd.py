"""PGD (Jin et al. 2017, Alg. 1) on the d = 100 quadratic saddle and the d = 10 octopus in NumPy (and, on the quadratic
saddle, PyTorch eager, float64): the same parameters, starts and fixed iteration count as SaddleEscape's
bench/SaddleEscape.Benchmarks/PgdLoopProblems.cs; no early return on a failed escape. Reads the library's lines on stdin:
"library PROBLEM D RATE F EVENTS" (warm: bench/SaddleEscape.Benchmarks loop-rate), "cold PROBLEM D RATE F EVENTS ..."
(one per fresh process: bench/PgdColdStart) and "process PROBLEM SECONDS" (a cold process's whole wall time); prints every
rate and the library's ratios to NumPy's on the same problem. NumPy has no JIT, so one NumPy run per problem serves both
ratios; by default it runs the cold side's 400 000 iterations."""
import math, statistics, sys, time
import numpy as np

ETA, R, G_THRES, F_THRES, T_THRES = 0.05, 0.01, 1e-3, 1e-7, 200
DIMENSIONS = {"quadratic-saddle": 100, "octopus": 10}


def start(xp, asarray, d):
    return asarray([1e-6] + [0.5] * (d - 1))


def quadratic_saddle(xp, asarray, d):
    """f = ½ Σ λᵢxᵢ² + ¼‖x‖⁴ with λ₀ = −1, λᵢ = 0.5 + 1.5·i/d (QuadraticSaddle, μ = 1)."""
    lam = asarray([-1.0] + [0.5 + 1.5 * i / d for i in range(1, d)])

    def value_and_grad(x):
        r2 = xp.dot(x, x)
        g = (lam + r2) * x
        return 0.5 * float(xp.dot(lam * x, x)) + 0.25 * float(r2) ** 2, g

    return value_and_grad


def octopus(xp, asarray, d, L=math.e, gamma=1.0, tau=math.e):
    """Du et al. 2017's octopus as OctopusFunction evaluates it (NumPy only): the region i is the first index with
    |xᵢ| ≤ 2τ; +∞ outside the tube (a later |x_j| > τ)."""
    nu = 13 / 6 * gamma * tau ** 2 + 37 / 6 * L * tau ** 2
    a, b = (-14 * L + 10 * gamma) / (3 * tau), (5 * L - 3 * gamma) / (2 * tau ** 2)
    lg = L + gamma
    c3, c4, c5 = -10 * lg / tau ** 3, -15 * lg / tau ** 4, -6 * lg / tau ** 5
    g1 = lambda x: -gamma * x * x + a * (x - tau) ** 3 + b * (x - tau) ** 4
    g1p = lambda x: -2 * gamma * x + 3 * a * (x - tau) ** 2 + 4 * b * (x - tau) ** 3
    g2 = lambda x: -gamma + (x - 2 * tau) ** 3 * (c3 + (x - 2 * tau) * (c4 + (x - 2 * tau) * c5))
    g2p = lambda x: (x - 2 * tau) ** 2 * (3 * c3 + (x - 2 * tau) * (4 * c4 + (x - 2 * tau) * 5 * c5))

    def value_and_grad(x):
        u = np.abs(x)
        inside = np.flatnonzero(u <= 2 * tau)
        i = int(inside[0]) if inside.size else d
        if (u[i + 1:] > tau).any():
            return math.inf, np.full(d, np.nan)
        g = np.empty(d)
        head = u[:i] - 4 * tau
        f = -i * nu + L * float(head @ head)
        g[:i] = 2 * L * head * np.sign(x[:i])
        if i == d:
            return f, g
        ui, tail_start = u[i], i + 1
        if ui <= tau:
            f -= gamma * x[i] * x[i]
            g[i] = -2 * gamma * x[i]
        else:
            f += g1(ui)
            dgi = g1p(ui)
            if i + 1 < d:
                nxt = x[i + 1]
                f += g2(ui) * nxt * nxt
                dgi += g2p(ui) * nxt * nxt
                g[i + 1] = 2 * g2(ui) * nxt
                tail_start = i + 2
            g[i] = dgi * np.sign(x[i])
        tail = x[tail_start:]
        f += L * float(tail @ tail)
        g[tail_start:] = 2 * L * tail
        return f, g

    return value_and_grad


PROBLEMS = {"quadratic-saddle": quadratic_saddle, "octopus": octopus}


def pgd(value_and_grad, x0, iterations, norm, ball, copy):
    """The same control flow as PerturbedGradientDescent.Step, escape bookkeeping included."""
    x = copy(x0)
    t_noise, f_tilde, escaped, events = -T_THRES - 1, float("nan"), False, 0
    for t in range(iterations):
        f, g = value_and_grad(x)
        if float(norm(g)) <= G_THRES and t - t_noise > T_THRES:
            x_tilde, f_tilde, t_noise, escaped = copy(x), f, t, False
            x = x + ball()
            events += 1
            f, g = value_and_grad(x)
        s = t - t_noise
        if 0 < s < T_THRES and not escaped and f - f_tilde <= -F_THRES:
            escaped = True
            events += 1
        elif s == T_THRES:
            events += 1 if (f - f_tilde > -F_THRES or not escaped) else 0
        x = x - ETA * g
    return value_and_grad(x)[0], events


def run_numpy(problem, iterations):
    d = DIMENSIONS[problem]
    rng = np.random.default_rng(1)

    def ball():
        v = rng.standard_normal(d)
        return v * (R * rng.random() ** (1.0 / d) / np.linalg.norm(v))

    vg = PROBLEMS[problem](np, np.asarray, d)
    began = time.perf_counter()
    f, events = pgd(vg, start(np, np.asarray, d), iterations, np.linalg.norm, ball, np.copy)
    return iterations / (time.perf_counter() - began), f, events


def run_torch(iterations, threads):
    import torch
    torch.set_num_threads(threads)
    gen = torch.Generator().manual_seed(1)
    d = DIMENSIONS["quadratic-saddle"]

    def ball():
        v = torch.randn(d, dtype=torch.float64, generator=gen)
        return v * (R * torch.rand(1, dtype=torch.float64, generator=gen).item() ** (1.0 / d) / torch.linalg.norm(v))

    asarray = lambda a: torch.tensor(a, dtype=torch.float64)
    vg = quadratic_saddle(torch, asarray, d)
    with torch.no_grad():
        began = time.perf_counter()
        f, events = pgd(vg, start(torch, asarray, d), iterations, torch.linalg.norm, ball, torch.clone)
        return iterations / (time.perf_counter() - began), f, events


def main():
    numpy_iterations = int(sys.argv[1]) if len(sys.argv) > 1 else 400_000
    torch_iterations = int(sys.argv[2]) if len(sys.argv) > 2 else 20_000
    threads = int(sys.argv[3]) if len(sys.argv) > 3 else 1
    warm, cold, process = {}, {}, {}
    for line in sys.stdin:
        parts = line.split()
        if len(parts) == 6 and parts[0] == "library":
            warm[parts[1]] = (float(parts[3]), float(parts[4]), int(parts[5]))
        elif len(parts) >= 6 and parts[0] == "cold":
            cold.setdefault(parts[1], []).append((float(parts[3]), float(parts[4]), int(parts[5])))
        elif len(parts) == 3 and parts[0] == "process":
            process.setdefault(parts[1], []).append(float(parts[2]))
    problems = [p for p in DIMENSIONS if p in warm or p in cold]
    numpy = {p: run_numpy(p, numpy_iterations) for p in problems}
    rows = []
    for p in problems:
        d = DIMENSIONS[p]
        if p in warm:
            rows.append((f"SaddleEscape Minimizer.Run warm, {p} d={d}", *warm[p]))
        if p in cold:
            rate = statistics.median(r[0] for r in cold[p])
            rows.append((f"  cold: first 400,000 in a fresh process (median of {len(cold[p])})", rate, *cold[p][-1][1:]))
        rows.append((f"NumPy {np.__version__}, {p} d={d}", *numpy[p]))
    try:
        import torch
        if "quadratic-saddle" in problems:
            rows.append((f"PyTorch {torch.__version__} eager ({threads} thread), quadratic-saddle d=100", *run_torch(torch_iterations, threads)))
    except ImportError:
        print("PyTorch not installed (apt-get install python3-torch): skipped", file=sys.stderr)
    print(f"{'run':<66} {'iterations/s':>14} {'final f':>12} {'events':>7}")
    for name, rate, f, events in rows:
        print(f"{name:<66} {rate:>14,.0f} {f:>12.6g} {events:>7}")
    for p in problems:
        base = numpy[p][0]
        line = f"{p}: library / NumPy"
        if p in warm:
            line += f", warm {warm[p][0] / base:.1f}x"
        if p in cold:
            ratios = sorted(r[0] / base for r in cold[p])
            line += f", cold {statistics.median(ratios):.1f}x (processes {', '.join(f'{r:.1f}' for r in ratios)})"
        if p in process:
            line += f"; a cold process's wall time, start to exit: median {statistics.median(process[p]):.2f} s"
        print(line)


if __name__ == "__main__":
    main()
