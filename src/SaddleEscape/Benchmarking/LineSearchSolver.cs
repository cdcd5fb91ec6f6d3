using SaddleEscape.Numerics;

namespace SaddleEscape.Benchmarking;

/// <summary>
/// What the classical baselines share: evaluation of f and the Riemannian gradient through the task's oracle, and a line
/// search for the strong Wolfe conditions (Nocedal &amp; Wright 2006, Alg. 3.5 with zoom, Alg. 3.6, cubic interpolation
/// safeguarded by bisection) along the retraction curve y(α) = R_x(αp), with φ′(α) = ⟨grad f(y), P_y p⟩ (exact on Rⁿ).
/// A solver built on it stops with a claim when ‖grad f‖ ≤ <see cref="BenchTask.GradientTolerance"/>, and without one when
/// the line search fails (as scipy's ABNORMAL_TERMINATION); the harness's budget ends it otherwise.
/// </summary>
public abstract class LineSearchSolver : IBenchSolver
{
    /// <summary>Armijo constant c₁.</summary>
    protected const double SufficientDecrease = 1e-4;

    /// <summary>Trial points one line search may evaluate.</summary>
    protected const int MaxLineSearchEvaluations = 40;

    /// <inheritdoc />
    public abstract string Name { get; }

    /// <inheritdoc />
    public abstract string Description { get; }

    /// <summary>Curvature constant c₂ of the strong Wolfe conditions (0.9 for quasi-Newton, 0.1 for CG).</summary>
    protected abstract double Curvature { get; }

    /// <inheritdoc />
    public abstract BenchSolverClaim Solve(BenchTask task, CancellationToken cancellationToken);

    /// <summary>f(x) and the Riemannian gradient into <paramref name="gradient"/> (one charged gradient); ‖gradient‖ out.</summary>
    protected static double Evaluate(BenchTask task, ReadOnlySpan<double> x, Span<double> gradient, out double gradientNorm)
    {
        ArgumentNullException.ThrowIfNull(task);
        double f = task.Oracle.ValueAndGradient(x, gradient);
        task.Manifold.ProjectToTangent(x, gradient, gradient);
        gradientNorm = LoopKernels.Norm(gradient);
        return f;
    }

    /// <summary>
    /// Searches along <paramref name="direction"/> (a descent direction at x, with φ′(0) = <paramref name="slope"/> &lt; 0) from
    /// <paramref name="initialStep"/>; on success writes the new point, its f and gradient and returns the step, else 0.
    /// <paramref name="scratch"/> is a work vector of length n (nothing is allocated per call but the closure).
    /// </summary>
    protected double StrongWolfe(
        BenchTask task, double[] x, double f0, double slope, double[] direction, double initialStep,
        double[] xNew, double[] gradientNew, double[] scratch, out double fNew)
    {
        ArgumentNullException.ThrowIfNull(task);
        double Phi(double alpha, out double derivative)
        {
            LoopKernels.Multiply(direction, alpha, scratch);
            task.Manifold.Retract(x, scratch, xNew);
            double f = Evaluate(task, xNew, gradientNew, out _);
            task.Manifold.ProjectToTangent(xNew, direction, scratch);
            derivative = LoopKernels.Dot(gradientNew, scratch);
            return double.IsFinite(f) ? f : double.PositiveInfinity;
        }

        double c2 = Curvature;
        double aPrev = 0, fPrev = f0, dPrev = slope, a = initialStep;
        for (int i = 0; i < MaxLineSearchEvaluations; i++)
        {
            double f = Phi(a, out double d);
            if (f > f0 + (SufficientDecrease * a * slope) || (i > 0 && f >= fPrev))
            {
                return Zoom(aPrev, fPrev, dPrev, a, f, d, out fNew);
            }

            if (Math.Abs(d) <= -c2 * slope)
            {
                fNew = f;
                return a;
            }

            if (d >= 0)
            {
                return Zoom(a, f, d, aPrev, fPrev, dPrev, out fNew);
            }

            (aPrev, fPrev, dPrev) = (a, f, d);
            a *= 2;
        }

        fNew = double.NaN;
        return 0;

        double Zoom(double lo, double fLo, double dLo, double hi, double fHi, double dHi, out double fOut)
        {
            for (int j = 0; j < MaxLineSearchEvaluations; j++)
            {
                double trial = CubicMinimizer(lo, fLo, dLo, hi, fHi, dHi);
                double width = Math.Abs(hi - lo);
                if (!double.IsFinite(trial) || Math.Abs(trial - lo) < 0.1 * width || Math.Abs(trial - hi) < 0.1 * width)
                {
                    trial = 0.5 * (lo + hi);
                }

                double f = Phi(trial, out double d);
                if (f > f0 + (SufficientDecrease * trial * slope) || f >= fLo)
                {
                    (hi, fHi, dHi) = (trial, f, d);
                }
                else
                {
                    if (Math.Abs(d) <= -c2 * slope)
                    {
                        fOut = f;
                        return trial;
                    }

                    if (d * (hi - lo) >= 0)
                    {
                        (hi, fHi, dHi) = (lo, fLo, dLo);
                    }

                    (lo, fLo, dLo) = (trial, f, d);
                }

                if (Math.Abs(hi - lo) <= 1e-16 * Math.Max(1, Math.Abs(lo)))
                {
                    break;
                }
            }

            // Settle for sufficient decrease at the best point seen, when there is one.
            if (lo > 0 && fLo < f0)
            {
                Phi(lo, out _);
                fOut = fLo;
                return lo;
            }

            fOut = double.NaN;
            return 0;
        }
    }

    /// <summary>The minimiser of the cubic through (a, fa, da) and (b, fb, db) (Nocedal &amp; Wright 2006, Eq. 3.59); NaN when it has none.</summary>
    private static double CubicMinimizer(double a, double fa, double da, double b, double fb, double db)
    {
        if (!double.IsFinite(fb) || !double.IsFinite(fa))
        {
            return double.NaN;
        }

        double d1 = da + db - (3 * (fa - fb) / (a - b));
        double disc = (d1 * d1) - (da * db);
        if (disc < 0)
        {
            return double.NaN;
        }

        double d2 = Math.Sign(b - a) * Math.Sqrt(disc);
        return b - ((b - a) * (db + d2 - d1) / (db - da + (2 * d2)));
    }
}
