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
        _paddedHidden = PanelProducts.PaddedWidth(A.Length);
        _bTransposed = new double[inputDimension * _paddedHidden];
        PanelProducts.TransposePadded(B, A.Length, inputDimension, _bTransposed);

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

    private const int PanelRows = 64;
    private readonly int _paddedHidden;

    /// <summary>B*ᵀ, d × m̃ (m rounded up to 4, zero columns beyond m), for the panel products of the labels.</summary>
    private readonly double[] _bTransposed;

    /// <summary>Each thread's Z panel (PanelRows × m̃), kept so that drawing allocates nothing.</summary>
    [ThreadStatic]
    private static double[]? _panel;

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

        // a*ᵀσ(B*x) for panels of rows: Z = X·B*ᵀ by a register-blocked product, then Σ_i a*_i σ(z_i) per row.
        int n = ys.Length, m = A.Length, mp = _paddedHidden;
        var z = _panel is { } scratch && scratch.Length >= PanelRows * mp ? scratch : (_panel = new double[PanelRows * mp]);
        for (int t = 0; t < n; t += PanelRows)
        {
            int rows = Math.Min(PanelRows, n - t);
            PanelProducts.Multiply(xs.Slice(t * d, rows * d), rows, d, d, _bTransposed, mp, z);
            Sigma.Apply(z.AsSpan(0, rows * mp), z);
            for (int k = 0; k < rows; k++)
            {
                ys[t + k] += System.Numerics.Tensors.TensorPrimitives.Dot(A, z.AsSpan(k * mp, m));
            }
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
