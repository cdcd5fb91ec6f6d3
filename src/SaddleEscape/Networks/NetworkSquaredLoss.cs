using System.Numerics.Tensors;
using MathNet.Numerics.LinearAlgebra;
using SaddleEscape.Objectives;

namespace SaddleEscape.Networks;

/// <summary>
/// The ℓ₂ loss of a one-hidden-layer student y′ = aᵀγ(Bx) against the teacher (Ge, Lee &amp; Ma 2018 Eq. 2.2 for
/// γ = σ, Eq. 2.5 for γ = σ₂h₂ + σ₄h₄). Parameters are flat [a (m); B (m×d, row-major)]. As an
/// <see cref="IStochasticObjective"/> it draws fresh teacher samples on every call (the paper's setting);
/// as an <see cref="IObjective"/> it is the empirical risk on a fixed validation sample (the closed
/// form of Thm. 2.1 needs unit rows, which plain SGD on f does not keep — for unit rows use
/// <see cref="HermiteSeriesRisk"/>). Batch gradients in O(N·d·m): with Z = XBᵀ, r = γ(Z)a − y:
/// ∇_a = 2γ(Z)ᵀr/N, ∇_B = 2(γ′(Z) ∘ r aᵀ)ᵀX/N, computed row by row with SIMD spans over row blocks on all
/// cores, into buffers kept between calls (one for the validation sample, one per batch size; an instance is
/// not thread-safe).
/// </summary>
public sealed class NetworkSquaredLoss : IObjective, IStochasticObjective
{
    private readonly TeacherNetwork _teacher;
    private readonly Func<double, double> _gamma;
    private readonly Func<double, double> _gammaPrime;
    private const int RowsPerBlock = 1024;
    private readonly Batch _validation;
    private Batch? _batch;

    /// <summary>
    /// The loss with student activation γ (and γ′), validated on <paramref name="validationSize"/> fixed samples drawn with
    /// <paramref name="seed"/>; with <paramref name="centring"/>, drawn labels are centred (<see cref="LabelCentring"/>; labels
    /// passed to Evaluate(x, gradient, xs, ys) are used as given).
    /// </summary>
    public NetworkSquaredLoss(TeacherNetwork teacher, Func<double, double> gamma, Func<double, double> gammaPrime, int validationSize, int seed, LabelCentring? centring = null)
    {
        ArgumentNullException.ThrowIfNull(teacher);
        _teacher = teacher;
        Centring = centring;
        _gamma = gamma ?? throw new ArgumentNullException(nameof(gamma));
        _gammaPrime = gammaPrime ?? throw new ArgumentNullException(nameof(gammaPrime));
        _validation = new Batch(validationSize, teacher.InputDimension, teacher.Hidden);
        teacher.SampleRows(_validation.X, _validation.Y, new Random(seed));
        centring?.Apply(_validation.X, _validation.Y);
    }

    /// <summary>When set, every label (training batches and the validation sample) is centred: y − ȳ − ĉᵀx.</summary>
    public LabelCentring? Centring { get; }

    /// <summary>m.</summary>
    public int Hidden => _teacher.Hidden;

    /// <summary>d.</summary>
    public int InputDimension => _teacher.InputDimension;

    /// <inheritdoc />
    public int Dimension => Hidden * (1 + InputDimension);

    /// <inheritdoc />
    public double Value(ReadOnlySpan<double> x) => Evaluate(x, [], _validation);

    /// <inheritdoc />
    public double ValueAndGradient(ReadOnlySpan<double> x, Span<double> gradient) => Evaluate(x, gradient, _validation);

    /// <inheritdoc />
    public double StochasticGradient(ReadOnlySpan<double> x, Span<double> gradient, int batchSize, Random random)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        ArgumentNullException.ThrowIfNull(random);
        var batch = BatchFor(batchSize);
        _teacher.SampleRows(batch.X, batch.Y, random);
        Centring?.Apply(batch.X, batch.Y);

        return Evaluate(x, gradient, batch);
    }

    /// <summary>Mean squared error and its gradient on the given samples.</summary>
    public double Evaluate(ReadOnlySpan<double> x, Span<double> gradient, Matrix<double> xs, double[] ys)
    {
        ArgumentNullException.ThrowIfNull(xs);
        ArgumentNullException.ThrowIfNull(ys);
        var batch = BatchFor(xs.RowCount);
        batch.Load(xs, ys);
        return Evaluate(x, gradient, batch);
    }

    private Batch BatchFor(int n)
    {
        if (_batch is null || _batch.Y.Length != n)
        {
            _batch = new Batch(n, InputDimension, Hidden);
        }

        return _batch;
    }

    private double Evaluate(ReadOnlySpan<double> x, Span<double> gradient, Batch batch)
    {
        int n = batch.Y.Length;
        x[..Dimension].CopyTo(batch.Parameters);
        bool withGradient = !gradient.IsEmpty;
        Parallel.For(0, batch.Blocks.Length, Numerics.ThreadLimit.Options, k => Block(batch, k, withGradient));
        double value = 0;
        if (withGradient)
        {
            gradient[..Dimension].Clear();
        }

        foreach (var block in batch.Blocks)
        {
            value += block.Value;
            if (withGradient)
            {
                TensorPrimitives.Add(gradient[..Dimension], block.Gradient, gradient[..Dimension]);
            }
        }

        if (withGradient)
        {
            TensorPrimitives.Multiply(gradient[..Dimension], 2.0 / n, gradient[..Dimension]);
        }

        return value / n;
    }

    /// <summary>Rows of block <paramref name="k"/>: z = Bx, r = aᵀγ(z) − y, and the partial sums Σr², Σ rγ(z), Σ (γ′(z)∘ra) xᵀ.</summary>
    private void Block(Batch batch, int k, bool withGradient)
    {
        int m = Hidden, d = InputDimension, n = batch.Y.Length;
        var a = batch.Parameters.AsSpan(0, m);
        var b = batch.Parameters.AsSpan(m);
        var block = batch.Blocks[k];
        block.Value = 0;
        Array.Clear(block.Gradient);
        var z = block.Z;
        var s = block.S;
        var ga = block.Gradient.AsSpan(0, m);
        int start = k * RowsPerBlock, end = Math.Min(n, start + RowsPerBlock);
        for (int t = start; t < end; t++)
        {
            var xt = batch.X.AsSpan(t * d, d);
            for (int j = 0; j < m; j++)
            {
                z[j] = TensorPrimitives.Dot(xt, b.Slice(j * d, d));
                s[j] = _gamma(z[j]);
            }

            double r = TensorPrimitives.Dot(a, s) - batch.Y[t];
            block.Value += r * r;
            if (!withGradient)
            {
                continue;
            }

            TensorPrimitives.MultiplyAdd(s, r, ga, ga);
            for (int j = 0; j < m; j++)
            {
                var gb = block.Gradient.AsSpan(m + (j * d), d);
                TensorPrimitives.MultiplyAdd(xt, _gammaPrime(z[j]) * r * a[j], gb, gb);
            }
        }
    }

    /// <summary>Row-major samples with their per-block sums.</summary>
    private sealed class Batch
    {
        public Batch(int n, int d, int m)
        {
            X = new double[n * d];
            Y = new double[n];
            Parameters = new double[m * (1 + d)];
            Blocks = Enumerable.Range(0, (n + RowsPerBlock - 1) / RowsPerBlock).Select(_ => new BlockSums(m, d)).ToArray();
        }

        public double[] X { get; }

        public double[] Y { get; }

        public double[] Parameters { get; }

        public BlockSums[] Blocks { get; }

        public void Load(Matrix<double> xs, double[] ys)
        {
            Numerics.RowMajor.Copy(xs, X);
            ys.AsSpan(0, Y.Length).CopyTo(Y);
        }
    }

    /// <summary>One block's partial sums and row scratch.</summary>
    private sealed class BlockSums(int m, int d)
    {
        public double Value { get; set; }

        public double[] Gradient { get; } = new double[m * (1 + d)];

        public double[] Z { get; } = new double[m];

        public double[] S { get; } = new double[m];
    }
}
