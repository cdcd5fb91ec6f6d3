"""PGD (Jin et al. 2017, Alg. 1) on the d = 100 quadratic saddle in NumPy and PyTorch (eager, float64), the same
parameters, start and fixed iteration count as SaddleEscape's bench/SaddleEscape.Benchmarks/PgdLoopProblems.cs;
no early return on a failed escape. Reads the library's lines ("library PROBLEM D RATE F EVENTS") on stdin and
prints every rate and the library's ratio to each."""
import sys, time
import numpy as np

ETA, R, G_THRES, F_THRES, T_THRES = 0.05, 0.01, 1e-3, 1e-7, 200
D = 100


def problem(xp, asarray):
    lam = asarray([-1.0] + [0.5 + 1.5 * i / D for i in range(1, D)])
    x0 = asarray([1e-6] + [0.5] * (D - 1))

    def value_and_grad(x):
        r2 = xp.dot(x, x)
        g = (lam + r2) * x
        return 0.5 * float(xp.dot(lam * x, x)) + 0.25 * float(r2) ** 2, g

    return value_and_grad, x0


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


def run_numpy(iterations):
    rng = np.random.default_rng(1)

    def ball():
        v = rng.standard_normal(D)
        return v * (R * rng.random() ** (1.0 / D) / np.linalg.norm(v))

    vg, x0 = problem(np, np.asarray)
    start = time.perf_counter()
    f, events = pgd(vg, x0, iterations, np.linalg.norm, ball, np.copy)
    return iterations / (time.perf_counter() - start), f, events


def run_torch(iterations, threads):
    import torch
    torch.set_num_threads(threads)
    gen = torch.Generator().manual_seed(1)

    def ball():
        v = torch.randn(D, dtype=torch.float64, generator=gen)
        return v * (R * torch.rand(1, dtype=torch.float64, generator=gen).item() ** (1.0 / D) / torch.linalg.norm(v))

    vg, x0 = problem(torch, lambda a: torch.tensor(a, dtype=torch.float64))
    with torch.no_grad():
        start = time.perf_counter()
        f, events = pgd(vg, x0, iterations, torch.linalg.norm, ball, torch.clone)
        return iterations / (time.perf_counter() - start), f, events


def main():
    numpy_iterations = int(sys.argv[1]) if len(sys.argv) > 1 else 200_000
    torch_iterations = int(sys.argv[2]) if len(sys.argv) > 2 else 20_000
    threads = int(sys.argv[3]) if len(sys.argv) > 3 else 1
    library = {}
    for line in sys.stdin:
        parts = line.split()
        if len(parts) == 6 and parts[0] == "library":
            library[parts[1]] = (int(parts[2]), float(parts[3]), float(parts[4]), int(parts[5]))
    rows = []
    for name, (d, rate, f, events) in library.items():
        rows.append((f"SaddleEscape Minimizer.Run, {name} d={d}", rate, f, events))
    rows.append((f"NumPy {np.__version__}, quadratic-saddle d={D}", *run_numpy(numpy_iterations)))
    try:
        import torch
        rows.append((f"PyTorch {torch.__version__} eager ({threads} thread), quadratic-saddle d={D}", *run_torch(torch_iterations, threads)))
    except ImportError:
        print("PyTorch not installed (apt-get install python3-torch): skipped", file=sys.stderr)
    print(f"{'run':<62} {'iterations/s':>14} {'final f':>12} {'events':>7}")
    for name, rate, f, events in rows:
        print(f"{name:<62} {rate:>14,.0f} {f:>12.6g} {events:>7}")
    quad = library.get("quadratic-saddle")
    if quad:
        for name, rate, _, _ in rows[len(library):]:
            print(f"library / {name.split(',')[0]}: {quad[1] / rate:.1f}x")


if __name__ == "__main__":
    main()
