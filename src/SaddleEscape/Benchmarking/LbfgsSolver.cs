using SaddleEscape.Landscape;
using SaddleEscape.Numerics;

namespace SaddleEscape.Benchmarking;

/// <summary>
/// L-BFGS (Nocedal 1980; Nocedal &amp; Wright 2006, Alg. 7.4–7.5: two-loop recursion, memory m, H₀ = (sᵀy/yᵀy)I) with a
/// strong Wolfe line search, on the task's oracle; on a manifold the stored pairs are used as they are and the direction is
/// projected to the tangent space (transport by projection). It stops with a claim when ‖grad f‖ ≤ ε, as every
/// first-order solver does — at an exact saddle before its first step.
/// <para>
/// With <c>escape</c> on (<c>lbfgs-escape</c>, the method a user would want): when ‖grad f‖ ≤ ε it runs Lanczos on the
/// Riemannian Hessian through the task's oracle (its HVPs are charged), and if λ_min &lt; −√(ρε) it steps along the unit
/// eigenvector v (sign chosen so that ⟨g, v⟩ ≤ 0) by |λ|/ρ — the negative-curvature step of Xu, Jin &amp; Yang 2018 and
/// Carmon et al. 2018 — halving until f decreases (both signs tried), then resumes with its memory reset. It claims
/// convergence only at an (ε, √(ρε)) point by its own Lanczos.
/// </para>
/// </summary>
public sealed class LbfgsSolver : LineSearchSolver
{
    private readonly int _memory;
    private readonly bool _escape;
    private readonly double _rho;

    /// <summary>L-BFGS with memory <paramref name="memory"/>; with <paramref name="escape"/>, negative-curvature escapes with ρ = <paramref name="rho"/>.</summary>
    public LbfgsSolver(int memory = 10, bool escape = false, double rho = 1)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(memory, 1);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(rho);
        _memory = memory;
        _escape = escape;
        _rho = rho;
    }

    /// <summary>Lanczos steps at most per escape check.</summary>
    public const int EscapeLanczosSteps = 50;

    /// <inheritdoc />
    public override string Name => _escape ? "lbfgs-escape" : "lbfgs";

    /// <inheritdoc />
    public override string Description => _escape
        ? FormattableString.Invariant($"L-BFGS m={_memory}, strong Wolfe (c1=1e-4, c2=0.9); at ‖g‖ ≤ ε Lanczos (≤ {EscapeLanczosSteps} HVPs) and a step |λ|/ρ along v when λ < −√(ρε), ρ={_rho:g4}")
        : FormattableString.Invariant($"L-BFGS m={_memory}, strong Wolfe (c1=1e-4, c2=0.9), stop at ‖g‖ ≤ ε");

    /// <inheritdoc />
    protected override double Curvature => 0.9;

    /// <inheritdoc />
    public override BenchSolverClaim Solve(BenchTask task, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(task);
        int n = task.Start.Length;
        double epsilon = task.GradientTolerance;
        var x = (double[])task.Start.Clone();
        var g = new double[n];
        var xNew = new double[n];
        var gNew = new double[n];
        var p = new double[n];
        var scratch = new double[n];
        var s = new double[_memory][];
        var y = new double[_memory][];
        var rhoPairs = new double[_memory];
        var alphas = new double[_memory];
        for (int i = 0; i < _memory; i++)
        {
            s[i] = new double[n];
            y[i] = new double[n];
        }

        int stored = 0, newest = -1, escapes = 0;
        double f = Evaluate(task, x, g, out double gNorm);
        bool firstStep = true;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (gNorm <= epsilon)
            {
                if (!_escape)
                {
                    return new BenchSolverClaim(x, true, "‖grad f‖ ≤ ε");
                }

                var escaped = Escape(task, x, g, f, xNew, scratch, escapes++);
                if (escaped is not null)
                {
                    return new BenchSolverClaim(x, escaped.Value, escaped.Value ? "(ε, √(ρε)) point by Lanczos" : "negative curvature found but no step along it decreased f");
                }

                (x, xNew) = (xNew, x);
                f = Evaluate(task, x, g, out gNorm);
                stored = 0;
                firstStep = true;
                continue;
            }

            // Two-loop recursion: p = −H g.
            g.CopyTo(p);
            for (int k = 0; k < stored; k++)
            {
                int i = (newest - k + _memory) % _memory;
                alphas[i] = rhoPairs[i] * LoopKernels.Dot(s[i], p);
                LoopKernels.MultiplyAdd(y[i], -alphas[i], p, p);
            }

            if (stored > 0)
            {
                double gamma = LoopKernels.Dot(s[newest], y[newest]) / LoopKernels.Dot(y[newest], y[newest]);
                LoopKernels.Multiply(p, gamma, p);
            }

            for (int k = stored - 1; k >= 0; k--)
            {
                int i = (newest - k + _memory) % _memory;
                double beta = rhoPairs[i] * LoopKernels.Dot(y[i], p);
                LoopKernels.MultiplyAdd(s[i], alphas[i] - beta, p, p);
            }

            LoopKernels.Multiply(p, -1, p);
            task.Manifold.ProjectToTangent(x, p, p);
            double slope = LoopKernels.Dot(g, p);
            if (!(slope < 0))
            {
                LoopKernels.Multiply(g, -1, p);
                slope = -gNorm * gNorm;
                stored = 0;
                firstStep = true;
            }

            double initial = firstStep ? Math.Min(1, 1 / gNorm) : 1;
            double step = StrongWolfe(task, x, f, slope, p, initial, xNew, gNew, scratch, out double fNew);
            if (step == 0)
            {
                if (stored == 0)
                {
                    return new BenchSolverClaim(x, false, "line search failed along −grad f");
                }

                stored = 0;
                firstStep = true;
                continue;
            }

            // New pair: s = x⁺ − x and y = g⁺ − g, both projected to the tangent space at x⁺.
            int slot = (newest + 1) % _memory;
            LoopKernels.Subtract(xNew, x, s[slot]);
            task.Manifold.ProjectToTangent(xNew, s[slot], s[slot]);
            task.Manifold.ProjectToTangent(xNew, g, scratch);
            LoopKernels.Subtract(gNew, scratch, y[slot]);
            double sy = LoopKernels.Dot(s[slot], y[slot]);
            if (sy > 1e-12 * LoopKernels.Norm(s[slot]) * LoopKernels.Norm(y[slot]))
            {
                rhoPairs[slot] = 1 / sy;
                newest = slot;
                stored = Math.Min(stored + 1, _memory);
            }

            (x, xNew) = (xNew, x);
            (g, gNew) = (gNew, g);
            f = fNew;
            gNorm = LoopKernels.Norm(g);
            firstStep = false;
        }
    }

    /// <summary>
    /// At ‖g‖ ≤ ε: null when it stepped along negative curvature (the new point in <paramref name="xNew"/>); true when x is an
    /// (ε, √(ρε)) point by Lanczos; false when no step along the negative direction decreased f.
    /// </summary>
    private bool? Escape(BenchTask task, double[] x, double[] g, double f, double[] xNew, double[] scratch, int count)
    {
        var op = new RiemannianHessianOperator(task.Oracle, task.Manifold, x);
        var result = Lanczos.ExtremeEigenpairs(op, new LanczosOptions(EscapeLanczosSteps, EscapeLanczosSteps, 1e-8, task.Seed + count));
        double lambda = result.MinEigenvalue;
        double epsilon = task.GradientTolerance;
        if (lambda >= -Math.Sqrt(_rho * epsilon))
        {
            return true;
        }

        var v = result.MinEigenvector;
        double sign = LoopKernels.Dot(g, v) > 0 ? -1 : 1;
        for (int attempt = 0; attempt < 2; attempt++, sign = -sign)
        {
            double t = Math.Abs(lambda) / _rho;
            for (int halving = 0; halving < 30; halving++, t *= 0.5)
            {
                LoopKernels.Multiply(v, sign * t, scratch);
                task.Manifold.Retract(x, scratch, xNew);
                if (task.Oracle.Value(xNew) < f)
                {
                    return null;
                }
            }
        }

        return false;
    }
}
