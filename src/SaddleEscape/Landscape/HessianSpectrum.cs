using System.Numerics.Tensors;

namespace SaddleEscape.Landscape;

/// <summary>
/// Spectra of a Hessian known through Hessian-vector products only (a catalogue objective's
/// <see cref="RiemannianHessianOperator"/>, a network's Hessian by double backward, any <see cref="ISymmetricOperator"/>):
/// bottom-k and top-k eigenpairs by Lanczos with explicit deflation (restart on the complement of the converged
/// vectors), the whole spectrum when the domain is small enough to exhaust, eigenvalue counts (index and nullity), and
/// Hutchinson's trace (Hutchinson 1989). The spectral density is <see cref="SpectralDensity"/> (stochastic Lanczos quadrature).
/// </summary>
public static class HessianSpectrum
{
    /// <summary>
    /// The <paramref name="k"/> smallest eigenpairs, ascending: each by Lanczos on the operator deflated of the ones before
    /// (so repeated eigenvalues appear repeatedly). Every value carries its residual. By default each run stops when its
    /// extreme Ritz pairs have converged (residual ≤ 1e-10·max(1, |θ|)) rather than exhausting small domains: k pairs
    /// of a 400-dimensional Hessian then cost a few hundred HVPs, not k·400.
    /// </summary>
    public static IReadOnlyList<Eigenpair> Bottom(ISymmetricOperator op, int k, LanczosOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(op);
        ArgumentOutOfRangeException.ThrowIfLessThan(k, 1);
        if (k > op.DomainDimension)
        {
            throw new ArgumentOutOfRangeException(nameof(k), k, $"at most the domain dimension {op.DomainDimension} eigenpairs exist");
        }

        options ??= new LanczosOptions(FullSpaceLimit: 0);
        var locked = new List<double[]>();
        var pairs = new List<Eigenpair>();
        for (int i = 0; i < k; i++)
        {
            ISymmetricOperator deflated = locked.Count == 0 ? op : new DeflatedOperator(op, locked);
            var result = Lanczos.ExtremeEigenpairs(deflated, options with { Seed = options.Seed + i });
            var v = result.MinEigenvector;
            deflated.ProjectToDomain(v);
            TensorPrimitives.Multiply(v, 1 / TensorPrimitives.Norm(v), v);
            pairs.Add(new Eigenpair(result.MinEigenvalue, v, Residual(op, v, result.MinEigenvalue)));
            locked.Add(v);
        }

        return pairs;
    }

    /// <summary>The <paramref name="k"/> largest eigenpairs, descending.</summary>
    public static IReadOnlyList<Eigenpair> Top(ISymmetricOperator op, int k, LanczosOptions? options = null) =>
        [.. Bottom(new NegatedOperator(op), k, options).Select(p => p with { Value = -p.Value })];

    /// <summary>
    /// Every eigenvalue, ascending, with multiplicity, by a Lanczos run that exhausts the domain (which must be at most
    /// <paramref name="limit"/>-dimensional: it costs one HVP and one stored vector per dimension).
    /// </summary>
    public static double[] All(ISymmetricOperator op, int limit = 2000, int seed = 12345)
    {
        ArgumentNullException.ThrowIfNull(op);
        if (op.DomainDimension > limit)
        {
            throw new ArgumentException($"the whole spectrum needs {op.DomainDimension} HVPs and as many stored vectors; the limit is {limit}: use SpectralDensity or Bottom/Top", nameof(op));
        }

        var result = Lanczos.ExtremeEigenpairs(op, new LanczosOptions(MaxSteps: op.DomainDimension, FullSpaceLimit: op.DomainDimension, Seed: seed));
        return result.RitzValues;
    }

    /// <summary>Counts below −<paramref name="tolerance"/>, within ±tolerance and above it, of the given eigenvalues.</summary>
    public static EigenvalueCounts Count(IReadOnlyList<double> eigenvalues, double tolerance)
    {
        ArgumentNullException.ThrowIfNull(eigenvalues);
        RequireTolerance(tolerance);
        int negative = eigenvalues.Count(v => v < -tolerance);
        int positive = eigenvalues.Count(v => v > tolerance);
        return new EigenvalueCounts(negative, eigenvalues.Count - negative - positive, positive, tolerance, Exact: true);
    }

    /// <summary>The same counts estimated from a spectral density: n times its mass in each set, rounded.</summary>
    public static EigenvalueCounts Count(SpectralDensity density, double tolerance)
    {
        ArgumentNullException.ThrowIfNull(density);
        RequireTolerance(tolerance);
        int n = density.Dimension;
        int negative = (int)Math.Round(n * density.Mass(v => v < -tolerance));
        int positive = (int)Math.Round(n * density.Mass(v => v > tolerance));
        return new EigenvalueCounts(negative, Math.Max(0, n - negative - positive), positive, tolerance, Exact: false);
    }

    /// <summary>
    /// Hutchinson's estimator of the trace on the domain: the mean of vᵀAv over <paramref name="probes"/> Rademacher vectors
    /// projected onto the domain (E[Pvvᵀ P] = P, so the mean is unbiased for trace(PAP)), with its standard error.
    /// </summary>
    public static TraceEstimate Trace(ISymmetricOperator op, int probes, int seed)
    {
        ArgumentNullException.ThrowIfNull(op);
        ArgumentOutOfRangeException.ThrowIfLessThan(probes, 2);
        var random = new Random(seed);
        var v = new double[op.Dimension];
        var av = new double[op.Dimension];
        var samples = new double[probes];
        for (int p = 0; p < probes; p++)
        {
            for (int i = 0; i < v.Length; i++)
            {
                v[i] = random.Next(2) == 0 ? -1 : 1;
            }

            op.ProjectToDomain(v);
            op.Apply(v, av);
            samples[p] = TensorPrimitives.Dot(v, av);
        }

        double mean = samples.Average();
        double variance = samples.Sum(s => (s - mean) * (s - mean)) / (probes - 1);
        return new TraceEstimate(mean, Math.Sqrt(variance / probes), probes);
    }

    private static double Residual(ISymmetricOperator op, double[] v, double value)
    {
        var av = new double[v.Length];
        op.Apply(v, av);
        TensorPrimitives.MultiplyAdd(v, -value, av, av);
        return TensorPrimitives.Norm(av);
    }

    private static void RequireTolerance(double tolerance)
    {
        if (!(tolerance >= 0) || !double.IsFinite(tolerance))
        {
            throw new ArgumentOutOfRangeException(nameof(tolerance), tolerance, "tolerance must be a finite number ≥ 0");
        }
    }
}
