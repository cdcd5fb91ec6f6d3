using MathNet.Numerics.Distributions;

namespace SaddleEscape.NeuralLift;

/// <summary>
/// The input density of Goyal &amp; Ullah §4.1: p(x) = Σ_m π_m N(x; μ_m, diag(s_m²)), a mixture of Gaussians with
/// diagonal covariances. Means and variances are M×d row-major.
/// </summary>
public sealed class DiagonalGaussianMixture
{
    private readonly double[] _weights;
    private readonly double[] _means;
    private readonly double[] _variances;
    private readonly double[] _logNormalizers;

    /// <summary>The mixture with weights π (summing to 1), means μ (M×d) and per-coordinate variances s² (M×d, positive).</summary>
    public DiagonalGaussianMixture(double[] weights, double[] means, double[] variances)
    {
        ArgumentNullException.ThrowIfNull(weights);
        ArgumentNullException.ThrowIfNull(means);
        ArgumentNullException.ThrowIfNull(variances);
        int m = weights.Length;
        if (m == 0 || means.Length % m != 0 || means.Length == 0 || variances.Length != means.Length)
        {
            throw new ArgumentException($"need M weights and M×d means and variances (got {weights.Length}, {means.Length}, {variances.Length})");
        }

        if (weights.Any(w => !(w > 0)) || Math.Abs(weights.Sum() - 1) > 1e-9)
        {
            throw new ArgumentException("mixture weights must be positive and sum to 1", nameof(weights));
        }

        if (variances.Any(v => !(v > 0) || double.IsInfinity(v)))
        {
            throw new ArgumentException("variances must be positive and finite", nameof(variances));
        }

        Components = m;
        Dimension = means.Length / m;
        _weights = (double[])weights.Clone();
        _means = (double[])means.Clone();
        _variances = (double[])variances.Clone();
        _logNormalizers = new double[m];
        for (int c = 0; c < m; c++)
        {
            double logDet = 0;
            for (int i = 0; i < Dimension; i++)
            {
                logDet += Math.Log(_variances[(c * Dimension) + i]);
            }

            _logNormalizers[c] = Math.Log(_weights[c]) - (0.5 * ((Dimension * Math.Log(2 * Math.PI)) + logDet));
        }
    }

    /// <summary>M, the number of components.</summary>
    public int Components { get; }

    /// <summary>d.</summary>
    public int Dimension { get; }

    /// <summary>π.</summary>
    public ReadOnlySpan<double> Weights => _weights;

    /// <summary>μ_m.</summary>
    public ReadOnlySpan<double> Mean(int component) => _means.AsSpan(component * Dimension, Dimension);

    /// <summary>s_m² (the diagonal of component m's covariance).</summary>
    public ReadOnlySpan<double> Variance(int component) => _variances.AsSpan(component * Dimension, Dimension);

    /// <summary>
    /// A random mixture in the spirit of Goyal &amp; Ullah §4.1 (which does not state its parameters): weights
    /// (1 + U(0,1))/Σ, means N(0, <paramref name="meanScale"/>²I), variances U(0.5, 1.5)·<paramref name="varianceScale"/>.
    /// </summary>
    public static DiagonalGaussianMixture Draw(int dimension, int components, Random random, double meanScale = 1, double varianceScale = 1)
    {
        ArgumentNullException.ThrowIfNull(random);
        ArgumentOutOfRangeException.ThrowIfLessThan(dimension, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(components, 1);
        var w = Enumerable.Range(0, components).Select(_ => 1 + random.NextDouble()).ToArray();
        double total = w.Sum();
        for (int c = 0; c < components; c++)
        {
            w[c] /= total;
        }

        var means = new double[components * dimension];
        Normal.Samples(random, means, 0, meanScale);
        var variances = Enumerable.Range(0, components * dimension).Select(_ => varianceScale * (0.5 + random.NextDouble())).ToArray();
        return new DiagonalGaussianMixture(w, means, variances);
    }

    /// <summary>n samples, n×d row-major.</summary>
    public double[] Sample(int n, Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        ArgumentOutOfRangeException.ThrowIfNegative(n);
        int d = Dimension;
        var x = new double[n * d];
        var cumulative = new double[Components];
        double acc = 0;
        for (int c = 0; c < Components; c++)
        {
            acc += _weights[c];
            cumulative[c] = acc;
        }

        var z = new double[d];
        for (int i = 0; i < n; i++)
        {
            double u = random.NextDouble();
            int c = 0;
            while (c < Components - 1 && u > cumulative[c])
            {
                c++;
            }

            Normal.Samples(random, z, 0, 1);
            for (int j = 0; j < d; j++)
            {
                x[(i * d) + j] = _means[(c * d) + j] + (Math.Sqrt(_variances[(c * d) + j]) * z[j]);
            }
        }

        return x;
    }

    /// <summary>log p(x).</summary>
    public double LogDensity(ReadOnlySpan<double> x)
    {
        Span<double> logTerms = stackalloc double[Components];
        return LogTerms(x, logTerms);
    }

    /// <summary>p(x).</summary>
    public double Density(ReadOnlySpan<double> x) => Math.Exp(LogDensity(x));

    /// <summary>
    /// The responsibilities r_m(x) = π_m p_m(x)/p(x) into <paramref name="responsibilities"/> (length M); returns log p(x).
    /// Computed with the log-sum-exp shift, so far-out x do not underflow.
    /// </summary>
    public double Responsibilities(ReadOnlySpan<double> x, Span<double> responsibilities)
    {
        double logP = LogTerms(x, responsibilities);
        for (int c = 0; c < Components; c++)
        {
            responsibilities[c] = Math.Exp(responsibilities[c] - logP);
        }

        return logP;
    }

    /// <summary>z_m(x) = diag(s_m²)^{-1}(x − μ_m) into <paramref name="z"/>.</summary>
    public void Standardized(int component, ReadOnlySpan<double> x, Span<double> z)
    {
        int d = Dimension;
        for (int j = 0; j < d; j++)
        {
            z[j] = (x[j] - _means[(component * d) + j]) / _variances[(component * d) + j];
        }
    }

    private double LogTerms(ReadOnlySpan<double> x, Span<double> logTerms)
    {
        if (x.Length != Dimension)
        {
            throw new ArgumentException($"x must have length {Dimension}", nameof(x));
        }

        int d = Dimension;
        double max = double.NegativeInfinity;
        for (int c = 0; c < Components; c++)
        {
            double q = 0;
            for (int j = 0; j < d; j++)
            {
                double r = x[j] - _means[(c * d) + j];
                q += r * r / _variances[(c * d) + j];
            }

            logTerms[c] = _logNormalizers[c] - (0.5 * q);
            max = Math.Max(max, logTerms[c]);
        }

        double sum = 0;
        for (int c = 0; c < Components; c++)
        {
            sum += Math.Exp(logTerms[c] - max);
        }

        return max + Math.Log(sum);
    }
}
