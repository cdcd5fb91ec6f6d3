using SaddleEscape.Numerics;

namespace SaddleEscape.Networks;

/// <summary>
/// The teacher of Ge, Lee &amp; Ma 2018 (Eq. 1.1/2.1): y = a*ᵀσ(B*x) + ξ with x ~ N(0, I_d), B* ∈ R^{m×d} (rows b*_i),
/// a* ∈ R^m, and Gaussian label noise ξ ~ N(0, s²).
/// </summary>
public sealed class TeacherNetwork
{
    /// <summary>The teacher with output weights a*, first-layer rows B* (m×d, row-major), activation σ and noise s.</summary>
    public TeacherNetwork(double[] outputWeights, double[] firstLayer, int inputDimension, Activation activation, double noiseStd = 0)
    {
        ArgumentNullException.ThrowIfNull(outputWeights);
        ArgumentNullException.ThrowIfNull(firstLayer);
        ArgumentNullException.ThrowIfNull(activation);
        if (firstLayer.Length != outputWeights.Length * inputDimension)
        {
            throw new ArgumentException($"B* must hold m×d = {outputWeights.Length}×{inputDimension} numbers (got {firstLayer.Length})");
        }

        if (!(noiseStd >= 0))
        {
            throw new ArgumentOutOfRangeException(nameof(noiseStd), noiseStd, "label noise must be ≥ 0");
        }

        A = (double[])outputWeights.Clone();
        B = (double[])firstLayer.Clone();
        InputDimension = inputDimension;
        Sigma = activation;
        NoiseStd = noiseStd;
    }

    /// <summary>B* ∈ R^{d×d} flat: the identity (the paper's experiments) or a random orthogonal matrix.</summary>
    public static double[] OrthogonalFirstLayer(string kind, int dimension, Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        return kind switch
        {
            "identity" => Enumerable.Range(0, dimension * dimension).Select(i => i / dimension == i % dimension ? 1.0 : 0.0).ToArray(),
            "random" => Tensors.RandomComponents.Flatten(Tensors.RandomComponents.Orthonormal(dimension, dimension, random)),
            _ => throw new ArgumentException($"unknown teacher '{kind}' (known: identity, random)"),
        };
    }

    /// <summary>a*.</summary>
    public double[] A { get; }

    /// <summary>B*, m×d row-major.</summary>
    public double[] B { get; }

    /// <summary>m.</summary>
    public int Hidden => A.Length;

    /// <summary>d.</summary>
    public int InputDimension { get; }

    /// <summary>σ.</summary>
    public Activation Sigma { get; }

    /// <summary>s, the label-noise standard deviation.</summary>
    public double NoiseStd { get; }

    /// <summary>Draws x ~ N(0, I) into <paramref name="x"/> and returns y = a*ᵀσ(B*x) + ξ.</summary>
    public double Sample(Random random, Span<double> x)
    {
        ArgumentNullException.ThrowIfNull(random);
        Span<double> y = stackalloc double[1];
        SampleBlock(x, y, unchecked((ulong)random.NextInt64(long.MinValue, long.MaxValue)));
        return y[0];
    }

    /// <summary>n fresh samples: rows x_t ~ N(0, I) of an n×d matrix and their labels y_t.</summary>
    public (MathNet.Numerics.LinearAlgebra.Matrix<double> X, double[] Y) SampleBatch(int n, Random random)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(n, 1);
        var xs = new double[n * InputDimension];
        var ys = new double[n];
        SampleRows(xs, ys, random);
        return (MathNet.Numerics.LinearAlgebra.Matrix<double>.Build.DenseOfRowMajor(n, InputDimension, xs), ys);
    }

    /// <summary>
    /// Fills <paramref name="ys"/>.Length fresh samples into row-major <paramref name="xs"/> (n×d) and <paramref name="ys"/>,
    /// allocating nothing (the same stream as <see cref="SampleBatch"/>): one 64-bit seed s from <paramref name="random"/>,
    /// then blocks of <see cref="RowsPerBlock"/> rows, block b drawn by <see cref="SampleBlock"/> from
    /// <see cref="NormalGenerator.BlockSeed"/>(s, b).
    /// </summary>
    public void SampleRows(Span<double> xs, Span<double> ys, Random random)
    {
        ulong seed = NextSeed(random);
        int d = InputDimension, n = ys.Length;
        if (xs.Length < n * d)
        {
            throw new ArgumentException($"xs holds {xs.Length} numbers, fewer than n·d = {n}·{d}");
        }

        for (int block = 0, start = 0; start < n; block++, start += RowsPerBlock)
        {
            int rows = Math.Min(RowsPerBlock, n - start);
            SampleBlock(xs.Slice(start * d, rows * d), ys.Slice(start, rows), NormalGenerator.BlockSeed(seed, block));
        }
    }

    /// <summary>Rows per block of <see cref="SampleRows"/>.</summary>
    public const int RowsPerBlock = 2048;

    /// <summary>The 64-bit batch seed <see cref="SampleRows"/> draws from <paramref name="random"/>.</summary>
    public static ulong NextSeed(Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        return unchecked((ulong)random.NextInt64(long.MinValue, long.MaxValue));
    }

    /// <summary>
    /// <paramref name="ys"/>.Length samples from one seed: x ~ N(0, I) by <see cref="NormalGenerator"/> from
    /// <paramref name="seed"/>, label noise from <see cref="NormalGenerator.BlockSeed"/>(seed, −1). Samplers that draw
    /// each row block just before using it call this with block b's seed, as <see cref="SampleRows"/> does.
    /// </summary>
    public void SampleBlock(Span<double> xs, Span<double> ys, ulong seed)
    {
        int d = InputDimension;
        NormalGenerator.Fill(seed, xs[..(ys.Length * d)]);
        if (NoiseStd > 0)
        {
            NormalGenerator.Fill(NormalGenerator.BlockSeed(seed, -1), ys, NoiseStd);
        }
        else
        {
            ys.Clear();
        }

        // a*ᵀσ(B*x) four rows at a time (each row of B* loaded once per four samples).
        int n = ys.Length, t = 0;
        for (; t + 4 <= n; t += 4)
        {
            ReadOnlySpan<double> x0 = xs.Slice(t * d, d), x1 = xs.Slice((t + 1) * d, d), x2 = xs.Slice((t + 2) * d, d), x3 = xs.Slice((t + 3) * d, d);
            double y0 = 0, y1 = 0, y2 = 0, y3 = 0;
            var sigma = Sigma.Function;
            for (int i = 0; i < A.Length; i++)
            {
                var (z0, z1, z2, z3) = FourRows.Dot(x0, x1, x2, x3, B.AsSpan(i * d, d));
                y0 += A[i] * sigma(z0);
                y1 += A[i] * sigma(z1);
                y2 += A[i] * sigma(z2);
                y3 += A[i] * sigma(z3);
            }

            ys[t] += y0;
            ys[t + 1] += y1;
            ys[t + 2] += y2;
            ys[t + 3] += y3;
        }

        for (; t < n; t++)
        {
            ys[t] += Output(xs.Slice(t * d, d));
        }
    }

    /// <summary>a*ᵀσ(B*x) (noise-free).</summary>
    public double Output(ReadOnlySpan<double> x) => NetworkOutput(A, B, x, Sigma.Function);

    /// <summary>aᵀγ(Bx) for any one-hidden-layer network.</summary>
    public static double NetworkOutput(ReadOnlySpan<double> a, ReadOnlySpan<double> b, ReadOnlySpan<double> x, Func<double, double> gamma)
    {
        ArgumentNullException.ThrowIfNull(gamma);
        int d = x.Length;
        double y = 0;
        for (int i = 0; i < a.Length; i++)
        {
            y += a[i] * gamma(System.Numerics.Tensors.TensorPrimitives.Dot(b.Slice(i * d, d), x));
        }

        return y;
    }
}
