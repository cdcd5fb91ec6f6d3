using MathNet.Numerics.LinearAlgebra;
using SaddleEscape.Manifolds;
using SaddleEscape.Objectives;
using System.Numerics.Tensors;

namespace SaddleEscape.Landscape;

/// <summary>
/// Critical points of any index: from each start, Levenberg–Marquardt on q(x) = ½‖grad f(x)‖², whose Riemannian gradient is
/// Hess f(x)[grad f(x)]. With the Hessian H = VΛVᵀ (formed from HVPs on the tangent space), the step is
/// s = −V diag(λ/(λ² + μ)) Vᵀ g, retracted; μ shrinks after a step that lowers q and grows after one that does not. As
/// μ → 0 this is Newton's method on grad f = 0, which converges quadratically to non-degenerate critical points of every
/// index (unlike descent on f, which runs away from saddles); the large-μ end is gradient descent on q. Points are
/// polished to ‖grad f‖ ≤ the tolerance, classified by the exhausted Lanczos spectrum of the Hessian (index, nullity),
/// and de-duplicated modulo the problem's symmetry. Stationary points of q that are not critical (Hg = 0, g ≠ 0) do not
/// reach the tolerance and are dropped.
/// </summary>
public static class CriticalPointFinder
{
    /// <summary>Searches from every start; <paramref name="progress"/> sees (starts done, starts).</summary>
    public static CriticalPointSearch Find(
        IObjective objective, IManifold manifold, IReadOnlyList<double[]> starts, CriticalPointOptions? options = null,
        Func<double[], double[], double>? symmetricDistance = null, Action<int, int>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(objective);
        ArgumentNullException.ThrowIfNull(manifold);
        ArgumentNullException.ThrowIfNull(starts);
        options = (options ?? new CriticalPointOptions()).Validate();
        if (manifold.TangentDimension > options.DenseLimit)
        {
            throw new ArgumentException($"critical points: the tangent dimension {manifold.TangentDimension} exceeds the dense limit {options.DenseLimit}");
        }

        var oracle = new Oracle(objective);
        var polished = new List<double[]>();
        for (int s = 0; s < starts.Count; s++)
        {
            if (Polish(oracle, manifold, starts[s], options) is { } x)
            {
                polished.Add(x);
            }

            progress?.Invoke(s + 1, starts.Count);
        }

        var points = Distinct(polished, x => x, options.DuplicateTolerance, symmetricDistance)
            .Select(d => Classify(oracle, manifold, d.First, options) with { Hits = d.Hits }).OrderBy(p => p.Value).ToList();
        return new CriticalPointSearch(points, starts.Count, polished.Count, oracle.Counts.HessianVectorProducts);
    }

    /// <summary>
    /// Groups <paramref name="items"/> whose points lie within <paramref name="tolerance"/> of a group's first point
    /// (by <paramref name="distance"/>, e.g. a problem's symmetric distance; Euclidean by default): each group's first item
    /// and its size, in order of first appearance.
    /// </summary>
    public static IReadOnlyList<(T First, int Hits)> Distinct<T>(IEnumerable<T> items, Func<T, double[]> point, double tolerance, Func<double[], double[], double>? distance = null)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(point);
        distance ??= (a, b) => TensorPrimitives.Distance(a, b);
        var groups = new List<(T First, int Hits)>();
        foreach (var item in items)
        {
            int same = groups.FindIndex(g => distance(point(g.First), point(item)) <= tolerance);
            if (same >= 0)
            {
                groups[same] = (groups[same].First, groups[same].Hits + 1);
            }
            else
            {
                groups.Add((item, 1));
            }
        }

        return groups;
    }

    /// <summary>Levenberg–Marquardt on ½‖grad f‖² from <paramref name="start"/>; the critical point, or null when it does not get there.</summary>
    public static double[]? Polish(Oracle oracle, IManifold manifold, ReadOnlySpan<double> start, CriticalPointOptions options)
    {
        ArgumentNullException.ThrowIfNull(oracle);
        ArgumentNullException.ThrowIfNull(manifold);
        ArgumentNullException.ThrowIfNull(options);
        var x = start.ToArray();
        manifold.ProjectToManifold(x);
        int n = x.Length;
        var g = new double[n];
        var trial = new double[n];
        var trialGradient = new double[n];
        var step = new double[n];
        double gNorm = Gradient(oracle, manifold, x, g);
        double mu = double.NaN;
        for (int it = 0; it < options.MaxIterations && double.IsFinite(gNorm); it++)
        {
            if (gNorm <= options.GradientTolerance)
            {
                return x;
            }

            var evd = DenseHessian(oracle, manifold, x).Evd(Symmetricity.Symmetric);
            var lambda = evd.EigenValues.Select(c => c.Real).ToArray();
            var v = evd.EigenVectors;
            var coefficients = v.TransposeThisAndMultiply(Vector<double>.Build.DenseOfArray(g));
            double scale = Math.Max(lambda.Max(Math.Abs), 1e-300);
            if (double.IsNaN(mu))
            {
                mu = 1e-2 * scale * scale;
            }

            bool accepted = false;
            for (int attempt = 0; attempt < 40 && !accepted; attempt++)
            {
                var w = Vector<double>.Build.Dense(n, i => -lambda[i] / ((lambda[i] * lambda[i]) + mu) * coefficients[i]);
                v.Multiply(w, Vector<double>.Build.Dense(step));
                manifold.ProjectToTangent(x, step, step);
                manifold.Retract(x, step, trial);
                double trialNorm = Gradient(oracle, manifold, trial, trialGradient);
                if (double.IsFinite(trialNorm) && trialNorm < gNorm)
                {
                    (x, trial) = (trial, x);
                    (g, trialGradient) = (trialGradient, g);
                    gNorm = trialNorm;
                    mu = Math.Max(mu / 4, 1e-30 * scale * scale);
                    accepted = true;
                }
                else
                {
                    mu *= 8;
                }
            }

            if (!accepted)
            {
                break;
            }
        }

        return gNorm <= options.GradientTolerance ? x : null;
    }

    /// <summary>Energy, gradient norm, index and nullity of <paramref name="x"/> from the whole tangent spectrum.</summary>
    public static CriticalPoint Classify(Oracle oracle, IManifold manifold, double[] x, CriticalPointOptions options)
    {
        ArgumentNullException.ThrowIfNull(oracle);
        ArgumentNullException.ThrowIfNull(options);
        var g = new double[x.Length];
        double value = oracle.ValueAndGradient(x, g);
        manifold.ProjectToTangent(x, g, g);
        // A cubic form's whole Hessian is one O(n³) contraction: its spectrum by a dense eigensolver; otherwise Lanczos
        // exhausting the tangent space (n HVPs).
        var eigenvalues = oracle.Objective is IDenseHessian && x.Length <= options.DenseLimit
            ? TangentSpectrum(oracle, manifold, x)
            : HessianSpectrum.All(new RiemannianHessianOperator(oracle, manifold, x), options.DenseLimit);
        double tolerance = options.EigenvalueTolerance * Math.Max(1, eigenvalues.Max(Math.Abs));
        var counts = HessianSpectrum.Count(eigenvalues, tolerance);
        return new CriticalPoint(x, value, TensorPrimitives.Norm(g), counts.Negative, counts.NearZero, eigenvalues, 1);
    }

    private static double Gradient(Oracle oracle, IManifold manifold, double[] x, double[] g)
    {
        oracle.ValueAndGradient(x, g);
        manifold.ProjectToTangent(x, g, g);
        return TensorPrimitives.Norm(g);
    }

    /// <summary>The tangent projector P at <paramref name="x"/> as an n×n matrix (columns P·e_j).</summary>
    private static Matrix<double> Projector(IManifold manifold, double[] x)
    {
        int n = x.Length;
        var projector = Matrix<double>.Build.Dense(n, n);
        var e = new double[n];
        for (int j = 0; j < n; j++)
        {
            Array.Clear(e);
            e[j] = 1;
            manifold.ProjectToTangent(x, e, e);
            projector.SetColumn(j, e);
        }

        return projector;
    }

    /// <summary>
    /// The eigenvalues of the Riemannian Hessian on the tangent space, ascending, from the dense matrix: P·Hess·P has the
    /// normal directions in its null space, so c(I − P) with c above every tangent eigenvalue moves exactly those n − m
    /// eigenvalues to c, and the m smallest that remain are the tangent spectrum.
    /// </summary>
    private static double[] TangentSpectrum(Oracle oracle, IManifold manifold, double[] x)
    {
        int n = x.Length, m = manifold.TangentDimension;
        var h = DenseHessian(oracle, manifold, x);
        double c = 1 + (2 * h.L1Norm());
        var shifted = h + ((Matrix<double>.Build.DenseIdentity(n) - Projector(manifold, x)) * c);
        return shifted.Evd(Symmetricity.Symmetric).EigenValues.Select(z => z.Real).Order().Take(m).ToArray();
    }

    /// <summary>
    /// P·Hess·P in ambient coordinates, symmetrised (normal directions give zero rows and columns): from the objective's
    /// whole Euclidean Hessian when it has one (<see cref="IDenseHessian"/>: one O(n³) contraction for a cubic form, charged
    /// as one HVP, which costs as much), otherwise from n HVPs.
    /// </summary>
    internal static Matrix<double> DenseHessian(Oracle oracle, IManifold manifold, double[] x)
    {
        int n = x.Length;
        var h = Matrix<double>.Build.Dense(n, n);
        var e = new double[n];
        var column = new double[n];
        if (oracle.Objective is IDenseHessian dense)
        {
            var euclidean = new double[n * n];
            dense.Hessian(x, euclidean);
            oracle.Counts.HessianVectorProducts++;
            var gradient = new double[n];
            oracle.ValueAndGradient(x, gradient);
            // H·P in one O(n³) product; column j of H·P is H·(P e_j).
            var projector = Projector(manifold, x);
            var hp = Matrix<double>.Build.DenseOfRowMajor(n, n, euclidean) * projector;
            var hv = new double[n];
            for (int j = 0; j < n; j++)
            {
                projector.Column(j).CopyTo(Vector<double>.Build.Dense(e));
                hp.Column(j).CopyTo(Vector<double>.Build.Dense(hv));
                manifold.RiemannianHessianVector(x, gradient, hv, e, column);
                h.SetColumn(j, column);
            }

            return (h + h.Transpose()) * 0.5;
        }

        var op = new RiemannianHessianOperator(oracle, manifold, x);
        for (int j = 0; j < n; j++)
        {
            Array.Clear(e);
            e[j] = 1;
            op.ProjectToDomain(e);
            op.Apply(e, column);
            h.SetColumn(j, column);
        }

        return (h + h.Transpose()) * 0.5;
    }
}
