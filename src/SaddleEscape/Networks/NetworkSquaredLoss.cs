using MathNet.Numerics.LinearAlgebra;
using SaddleEscape.Objectives;
using System.Numerics.Tensors;

namespace SaddleEscape.Networks;

/// <summary>
/// The ℓ₂ loss of a one-hidden-layer student y′ = aᵀγ(Bx) against the teacher (Ge, Lee &amp; Ma 2018 Eq. 2.2 for
/// γ = σ, Eq. 2.5 for γ = σ₂h₂ + σ₄h₄). Parameters are flat [a (m); B (m×d, row-major)]. As an
/// <see cref="IStochasticObjective"/> it draws fresh teacher samples on every call (the paper's setting);
/// as an <see cref="IObjective"/> it is the empirical risk on a fixed validation sample (the closed
/// form of Thm. 2.1 needs unit rows, which plain SGD on f does not keep — for unit rows use
/// <see cref="HermiteSeriesRisk"/>). Batch gradients in O(N·d·m): with Z = XBᵀ, r = γ(Z)a − y:
/// ∇_a = 2γ(Z)ᵀr/N, ∇_B = 2(γ′(Z) ∘ r aᵀ)ᵀX/N, computed by register-blocked panel products over row blocks on all
/// cores, into buffers kept between calls (one for the validation sample, one per batch size; an instance is
/// not thread-safe).
/// </summary>
public sealed class NetworkSquaredLoss : IObjective, IStochasticObjective
{
    private readonly TeacherNetwork _teacher;
    private readonly Func<double, double> _gamma;
    private readonly Func<double, double> _gammaPrime;
    private const int RowsPerBlock = TeacherNetwork.RowsPerBlock;
    private const int PanelRows = 64;
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
        Numerics.PanelProducts.TransposePadded(batch.Parameters.AsSpan(Hidden), Hidden, InputDimension, batch.BTransposed);

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
                TensorPrimitives.Add(gradient[..Dimension], block.Gradient.AsSpan(0, Dimension), gradient[..Dimension]);
            }
        }

        if (withGradient)
        {
            TensorPrimitives.Multiply(gradient[..Dimension], 2.0 / n, gradient[..Dimension]);
        }

        return value / n;
    }

    /// <summary>
    /// Rows of block <paramref name="k"/> (drawn first when the batch carries a seed) in panels of <see cref="PanelRows"/>:
    /// Z = XBᵀ by <see cref="Numerics.PanelProducts.Multiply"/>, r = γ(Z)a − y, the partial sums Σr² and Σ rγ(z), and
    /// ∇_B += Gᵀ X with G = γ′(Z) ∘ r aᵀ by <see cref="Numerics.PanelProducts.AccumulateTransposed"/>.
    /// </summary>
    private void Block(Batch batch, int k, bool withGradient)
    {
        int m = Hidden, d = InputDimension, mp = batch.PaddedHidden, n = batch.Y.Length;
        int start = k * RowsPerBlock, end = Math.Min(n, start + RowsPerBlock);
        if (batch.DrawSeed is { } seed)
        {
            var xs = batch.X.AsSpan(start * d, (end - start) * d);
            var ys = batch.Y.AsSpan(start, end - start);
            _teacher.SampleBlock(xs, ys, Numerics.NormalGenerator.BlockSeed(seed, k));
            Centring?.Apply(xs, ys);
        }

        var a = batch.Parameters.AsSpan(0, m);
        var block = batch.Blocks[k];
        block.Value = 0;
        Array.Clear(block.Gradient);
        var z = block.Z;
        var s = block.S;
        var ga = block.Gradient.AsSpan(0, m);
        var gb = block.Gradient.AsSpan(m);
        for (int t = start; t < end; t += PanelRows)
        {
            int rows = Math.Min(PanelRows, end - t);
            var xPanel = batch.X.AsSpan(t * d, rows * d);
            Numerics.PanelProducts.Multiply(xPanel, rows, d, d, batch.BTransposed, mp, z);
            for (int i = 0; i < rows; i++)
            {
                var zi = z.AsSpan(i * mp, m);
                var si = s.AsSpan(i * mp, m);
                for (int j = 0; j < m; j++)
                {
                    si[j] = _gamma(zi[j]);
                }

                double r = TensorPrimitives.Dot(a, si) - batch.Y[t + i];
                block.Value += r * r;
                if (!withGradient)
                {
                    continue;
                }

                TensorPrimitives.MultiplyAdd(si, r, ga, ga);
                // Row i of G = γ′(z)∘(r·a), written over z (padded columns stay 0).
                for (int j = 0; j < m; j++)
                {
                    zi[j] = _gammaPrime(zi[j]) * r * a[j];
                }
            }

            if (withGradient)
            {
                Numerics.PanelProducts.AccumulateTransposed(z, rows, mp, mp, xPanel, d, d, gb);
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
            PaddedHidden = Numerics.PanelProducts.PaddedWidth(m);
            BTransposed = new double[d * PaddedHidden];
            Blocks = Enumerable.Range(0, (n + RowsPerBlock - 1) / RowsPerBlock).Select(_ => new BlockSums(m, PaddedHidden, d)).ToArray();
        }

        /// <summary>m rounded up to a multiple of 4 (the panels' row stride).</summary>
        public int PaddedHidden { get; }

        /// <summary>Bᵀ, d × <see cref="PaddedHidden"/> (zero beyond column m).</summary>
        public double[] BTransposed { get; }

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

    /// <summary>One block's partial sums ([∇_a (m); ∇_B (m̃ × d, rows beyond m zero)]) and panel scratch (Z, then G; γ(Z)).</summary>
    private sealed class BlockSums(int m, int mp, int d)
    {
        public double Value { get; set; }

        public double[] Gradient { get; } = new double[m + (mp * d)];

        public double[] Z { get; } = new double[PanelRows * mp];

        public double[] S { get; } = new double[PanelRows * mp];
    }
}
