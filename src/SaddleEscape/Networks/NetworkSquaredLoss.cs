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
/// ∇_a = 2γ(Z)ᵀr/N, ∇_B = 2(γ′(Z) ∘ r aᵀ)ᵀX/N, computed four rows at a time with SIMD spans over row blocks on all
/// cores, into buffers kept between calls (one for the validation sample, one per batch size; an instance is
/// not thread-safe).
/// </summary>
public sealed class NetworkSquaredLoss : IObjective, IStochasticObjective
{
    private readonly TeacherNetwork _teacher;
    private readonly Func<double, double> _gamma;
    private readonly Func<double, double> _gammaPrime;
    private const int RowsPerBlock = TeacherNetwork.RowsPerBlock;
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
    /// <remarks>
    /// Each block of <see cref="TeacherNetwork.RowsPerBlock"/> rows is drawn (and centred) by the thread that then uses
    /// it, from the same seeds as <see cref="TeacherNetwork.SampleRows"/>: the result equals drawing the whole batch with
    /// SampleRows and evaluating it, bit for bit, whatever the thread count.
    /// </remarks>
    public double StochasticGradient(ReadOnlySpan<double> x, Span<double> gradient, int batchSize, Random random)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        ArgumentNullException.ThrowIfNull(random);
        var batch = BatchFor(batchSize);
        batch.DrawSeed = TeacherNetwork.NextSeed(random);
        try
        {
            return Evaluate(x, gradient, batch);
        }
        finally
        {
            batch.DrawSeed = null;
        }
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

    /// <summary>
    /// Rows of block <paramref name="k"/> (drawn first when the batch carries a seed): z = Bx, r = aᵀγ(z) − y, and the
    /// partial sums Σr², Σ rγ(z), Σ (γ′(z)∘ra) xᵀ, four rows at a time so that each row of B and of ∇_B is loaded once
    /// per four samples (<see cref="Numerics.FourRows"/>); the last n mod 4 rows one at a time.
    /// </summary>
    private void Block(Batch batch, int k, bool withGradient)
    {
        int m = Hidden, d = InputDimension, n = batch.Y.Length;
        int start = k * RowsPerBlock, end = Math.Min(n, start + RowsPerBlock);
        if (batch.DrawSeed is { } seed)
        {
            var xs = batch.X.AsSpan(start * d, (end - start) * d);
            var ys = batch.Y.AsSpan(start, end - start);
            _teacher.SampleBlock(xs, ys, Numerics.NormalGenerator.BlockSeed(seed, k));
            Centring?.Apply(xs, ys);
        }

        var a = batch.Parameters.AsSpan(0, m);
        var b = batch.Parameters.AsSpan(m);
        var block = batch.Blocks[k];
        block.Value = 0;
        Array.Clear(block.Gradient);
        var z = block.Z;
        var s = block.S;
        var ga = block.Gradient.AsSpan(0, m);
        int t = start;
        for (; t + 4 <= end; t += 4)
        {
            ReadOnlySpan<double> x0 = batch.X.AsSpan(t * d, d), x1 = batch.X.AsSpan((t + 1) * d, d), x2 = batch.X.AsSpan((t + 2) * d, d), x3 = batch.X.AsSpan((t + 3) * d, d);
            double r0 = -batch.Y[t], r1 = -batch.Y[t + 1], r2 = -batch.Y[t + 2], r3 = -batch.Y[t + 3];
            for (int j = 0; j < m; j++)
            {
                var (z0, z1, z2, z3) = Numerics.FourRows.Dot(x0, x1, x2, x3, b.Slice(j * d, d));
                z[j] = z0;
                z[m + j] = z1;
                z[(2 * m) + j] = z2;
                z[(3 * m) + j] = z3;
                double s0 = _gamma(z0), s1 = _gamma(z1), s2 = _gamma(z2), s3 = _gamma(z3);
                s[j] = s0;
                s[m + j] = s1;
                s[(2 * m) + j] = s2;
                s[(3 * m) + j] = s3;
                r0 += a[j] * s0;
                r1 += a[j] * s1;
                r2 += a[j] * s2;
                r3 += a[j] * s3;
            }

            block.Value += (r0 * r0) + (r1 * r1) + (r2 * r2) + (r3 * r3);
            if (!withGradient)
            {
                continue;
            }

            for (int j = 0; j < m; j++)
            {
                ga[j] += (r0 * s[j]) + (r1 * s[m + j]) + (r2 * s[(2 * m) + j]) + (r3 * s[(3 * m) + j]);
                var gb = block.Gradient.AsSpan(m + (j * d), d);
                Numerics.FourRows.MultiplyAdd(
                    gb,
                    _gammaPrime(z[j]) * r0 * a[j], x0,
                    _gammaPrime(z[m + j]) * r1 * a[j], x1,
                    _gammaPrime(z[(2 * m) + j]) * r2 * a[j], x2,
                    _gammaPrime(z[(3 * m) + j]) * r3 * a[j], x3);
            }
        }

        for (; t < end; t++)
        {
            var xt = batch.X.AsSpan(t * d, d);
            for (int j = 0; j < m; j++)
            {
                z[j] = TensorPrimitives.Dot(xt, b.Slice(j * d, d));
                s[j] = _gamma(z[j]);
            }

            double r = TensorPrimitives.Dot(a, s.AsSpan(0, m)) - batch.Y[t];
            block.Value += r * r;
            if (!withGradient)
            {
                continue;
            }

            TensorPrimitives.MultiplyAdd(s.AsSpan(0, m), r, ga, ga);
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

        /// <summary>When set, every block draws its rows from this batch seed before using them.</summary>
        public ulong? DrawSeed { get; set; }

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

        public double[] Z { get; } = new double[4 * m];

        public double[] S { get; } = new double[4 * m];
    }
}
