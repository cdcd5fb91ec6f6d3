using SaddleEscape.Numerics;

namespace SaddleEscape.Benchmarking;

/// <summary>
/// Trust-region Newton–CG (Steihaug 1983; Nocedal &amp; Wright 2006, Alg. 4.1 with CG–Steihaug, Alg. 7.2): the model
/// m(p) = f + gᵀp + ½pᵀHp with H the Riemannian Hessian from the task's HVPs (charged), CG until the residual is below
/// min(½, √‖g‖)‖g‖, the boundary, or negative curvature (then to the boundary along it); ratio test with η = 10⁻⁴, radius
/// ×¼ below ratio ¼ and ×2 above ¾ at the boundary. Stops with a claim when ‖grad f‖ ≤ ε — at an exact saddle, g = 0,
/// CG has nothing to start from, which is why scipy's trust-ncg claims success there.
/// </summary>
public sealed class TrustRegionNewtonCgSolver : IBenchSolver
{
    private const double MaxRadius = 1e3;

    /// <inheritdoc />
    public string Name => "trust-ncg";

    /// <inheritdoc />
    public string Description => "trust-region Newton–CG (Steihaug), Δ₀ = 1, Δmax = 1e3, η = 1e-4; stop at ‖g‖ ≤ ε";

    /// <inheritdoc />
    public BenchSolverClaim Solve(BenchTask task, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(task);
        int n = task.Start.Length;
        var x = (double[])task.Start.Clone();
        var euclidean = new double[n];
        var g = new double[n];
        var xNew = new double[n];
        var p = new double[n];
        var z = new double[n];
        var r = new double[n];
        var d = new double[n];
        var hd = new double[n];
        var product = new double[n];
        var tangent = new double[n];
        double f = EvaluateBoth(task, x, euclidean, g, out double gNorm);
        double radius = 1;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (gNorm <= task.GradientTolerance)
            {
                return new BenchSolverClaim(x, true, "‖grad f‖ ≤ ε");
            }

            void Hessian(double[] v, double[] result)
            {
                task.Manifold.ProjectToTangent(x, v, tangent);
                task.Oracle.HessianVectorProduct(x, tangent, product);
                task.Manifold.RiemannianHessianVector(x, euclidean, product, tangent, result);
                task.Manifold.ProjectToTangent(x, result, result);
            }

            // CG–Steihaug.
            Array.Clear(z);
            g.CopyTo(r);
            LoopKernels.Multiply(g, -1, d);
            double tolerance = Math.Min(0.5, Math.Sqrt(gNorm)) * gNorm;
            bool done = false;
            for (int j = 0; j < 2 * n && !done; j++)
            {
                Hessian(d, hd);
                double curvature = LoopKernels.Dot(d, hd);
                double rr = LoopKernels.Dot(r, r);
                if (curvature <= 0)
                {
                    ToBoundary(z, d, radius, p);
                    done = true;
                    break;
                }

                double alpha = rr / curvature;
                LoopKernels.MultiplyAdd(d, alpha, z, p);
                if (LoopKernels.Norm(p) >= radius)
                {
                    ToBoundary(z, d, radius, p);
                    done = true;
                    break;
                }

                p.CopyTo(z);
                LoopKernels.MultiplyAdd(hd, alpha, r, r);
                double rrNew = LoopKernels.Dot(r, r);
                if (Math.Sqrt(rrNew) < tolerance)
                {
                    done = true;
                    break;
                }

                LoopKernels.Multiply(d, rrNew / rr, d);
                LoopKernels.MultiplyAdd(r, -1, d, d);
            }

            if (!done)
            {
                z.CopyTo(p);
            }

            Hessian(p, hd);
            double predicted = -(LoopKernels.Dot(g, p) + (0.5 * LoopKernels.Dot(p, hd)));
            double pNorm = LoopKernels.Norm(p);
            task.Manifold.Retract(x, p, xNew);
            double fNew = task.Oracle.Value(xNew);
            double ratio = predicted > 0 && double.IsFinite(fNew) ? (f - fNew) / predicted : -1;
            if (ratio < 0.25)
            {
                radius *= 0.25;
            }
            else if (ratio > 0.75 && pNorm >= 0.99 * radius)
            {
                radius = Math.Min(2 * radius, MaxRadius);
            }

            if (ratio > 1e-4)
            {
                (x, xNew) = (xNew, x);
                f = EvaluateBoth(task, x, euclidean, g, out gNorm);
            }
            else if (radius < 1e-14)
            {
                return new BenchSolverClaim(x, false, "trust region collapsed");
            }
        }
    }

    private static double EvaluateBoth(BenchTask task, double[] x, double[] euclidean, double[] riemannian, out double norm)
    {
        double f = task.Oracle.ValueAndGradient(x, euclidean);
        task.Manifold.ProjectToTangent(x, euclidean, riemannian);
        norm = LoopKernels.Norm(riemannian);
        return f;
    }

    /// <summary>p = z + τd with τ ≥ 0 and ‖p‖ = radius.</summary>
    private static void ToBoundary(double[] z, double[] d, double radius, double[] p)
    {
        double dd = LoopKernels.Dot(d, d), zd = LoopKernels.Dot(z, d), zz = LoopKernels.Dot(z, z);
        double tau = (-zd + Math.Sqrt(Math.Max(0, (zd * zd) + (dd * ((radius * radius) - zz))))) / dd;
        LoopKernels.MultiplyAdd(d, tau, z, p);
    }
}
