using SaddleEscape.Numerics;

namespace SaddleEscape.Benchmarking;

/// <summary>
/// Nonlinear conjugate gradients, Polak–Ribière+ (β = max(0, gₖ₊₁ᵀ(gₖ₊₁ − gₖ)/‖gₖ‖²); Nocedal &amp; Wright 2006, Eq. 5.44–5.45)
/// with a strong Wolfe line search (c₂ = 0.1), restarted along −g every n steps or when the direction is not one of
/// descent. First-order, no escape mechanism: it stops with a claim when ‖grad f‖ ≤ ε.
/// </summary>
public sealed class NonlinearCgSolver : LineSearchSolver
{
    /// <inheritdoc />
    public override string Name => "ncg";

    /// <inheritdoc />
    public override string Description => "nonlinear CG, Polak–Ribière+, strong Wolfe (c1=1e-4, c2=0.1), restart every n steps; stop at ‖g‖ ≤ ε";

    /// <inheritdoc />
    protected override double Curvature => 0.1;

    /// <inheritdoc />
    public override BenchSolverClaim Solve(BenchTask task, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(task);
        int n = task.Start.Length;
        var x = (double[])task.Start.Clone();
        var g = new double[n];
        var xNew = new double[n];
        var gNew = new double[n];
        var p = new double[n];
        var scratch = new double[n];
        double f = Evaluate(task, x, g, out double gNorm);
        LoopKernels.Multiply(g, -1, p);
        int sinceRestart = 0;
        double step = Math.Min(1, 1 / Math.Max(gNorm, 1e-300));
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (gNorm <= task.GradientTolerance)
            {
                return new BenchSolverClaim(x, true, "‖grad f‖ ≤ ε");
            }

            double slope = LoopKernels.Dot(g, p);
            if (!(slope < 0) || sinceRestart >= n)
            {
                LoopKernels.Multiply(g, -1, p);
                slope = -gNorm * gNorm;
                sinceRestart = 0;
            }

            double alpha = StrongWolfe(task, x, f, slope, p, step, xNew, gNew, scratch, out double fNew);
            if (alpha == 0)
            {
                if (sinceRestart == 0)
                {
                    return new BenchSolverClaim(x, false, "line search failed along −grad f");
                }

                sinceRestart = n;
                continue;
            }

            task.Manifold.ProjectToTangent(xNew, g, scratch);
            double gg = gNorm * gNorm;
            double beta = Math.Max(0, (LoopKernels.Dot(gNew, gNew) - LoopKernels.Dot(gNew, scratch)) / gg);
            task.Manifold.ProjectToTangent(xNew, p, p);
            LoopKernels.Multiply(p, beta, p);
            LoopKernels.MultiplyAdd(gNew, -1, p, p);
            double previousSlope = slope;
            (x, xNew) = (xNew, x);
            (g, gNew) = (gNew, g);
            f = fNew;
            gNorm = LoopKernels.Norm(g);
            double newSlope = LoopKernels.Dot(g, p);

            // Initial step of the next search: Nocedal & Wright's α₀ = α·φ′(0)ₖ₋₁/φ′(0)ₖ, capped at 1 for scale.
            step = newSlope < 0 ? Math.Min(1e3, alpha * previousSlope / newSlope) : 1;
            sinceRestart++;
        }
    }
}
