using System.Numerics.Tensors;
using MathNet.Numerics.LinearAlgebra;
using SaddleEscape.Objectives;

namespace SaddleEscape.Networks;

/// <summary>
/// The sample form of Ge, Lee &amp; Ma's G (Ge, Lee &amp; Ma 2018 Eq. 2.7–2.9) with fresh teacher samples every call:
/// mean over the batch of sign(σ₄)·y·Σ_{j≠k} φ(b_j,b_k,x) − μ·sign(σ₄)·y·Σ_j ϕ(b_j,x), plus λΣ(‖b_j‖² − 1)²,
/// where φ(v,w,x) = ½[(vᵀx)²(wᵀx)² − ‖w‖²(vᵀx)² − ‖v‖²(wᵀx)² − 4⟨v,w⟩(vᵀx)(wᵀx) + ‖v‖²‖w‖² + 2⟨v,w⟩²]
/// and ϕ(v,x) = [(vᵀx)⁴ − 6‖v‖²(vᵀx)² + 3‖v‖⁴]/24. No loop over pairs (j, k): with P = XBᵀ,
/// C = BBᵀ, S₂ = Σ_j P_j², Σ_{j≠k} P_j²P_k² = S₂² − Σ P_j⁴, Σ_{j≠k} C_jkP_jP_k = Pᵀ(C − diag C)P, and
/// the gradient is RᵀX/N + diag(2β̄)B + ΓB + 4λ diag(n − 1)B with Γ = −4Pᵀdiag(w)P/N + 4C·Σw/N off the
/// diagonal — O(N·d·m) work (m ≤ d) in four row-wise passes (XBᵀ, PC, RᵀX, PᵀWP) with SIMD spans, split over
/// row blocks on all cores. The row-major N×d and N×m buffers and the per-block partial sums are kept
/// between calls with the same batch size, so a call allocates nothing beyond Parallel.For's bookkeeping
/// (and an instance is not thread-safe: one per optimiser run).
/// </summary>
public sealed class DesignedObjectiveSampler : IStochasticObjective
{
    private const int RowsPerBlock = TeacherNetwork.RowsPerBlock;
    private readonly TeacherNetwork _teacher;
    private readonly DesignedObjectiveSettings _settings;
    private readonly double _sign;
    private readonly int _m;
    private readonly int _d;
    private Workspace? _work;

    /// <summary>Samples G for <paramref name="teacher"/> with <paramref name="settings"/>.</summary>
    public DesignedObjectiveSampler(TeacherNetwork teacher, DesignedObjectiveSettings settings)
    {
        ArgumentNullException.ThrowIfNull(teacher);
        ArgumentNullException.ThrowIfNull(settings);
        _teacher = teacher;
        _settings = settings;
        _sign = Math.Sign(HermiteCoefficients.Compute(teacher.Sigma, 4)[4]);
        _m = teacher.Hidden;
        _d = teacher.InputDimension;
    }

    /// <inheritdoc />
    public double StochasticGradient(ReadOnlySpan<double> x, Span<double> gradient, int batchSize, Random random)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        ArgumentNullException.ThrowIfNull(random);
        var work = WorkFor(batchSize);
        // Each row block is drawn by the thread that uses it, just before use (the same batch as TeacherNetwork.SampleRows).
        work.DrawSeed = TeacherNetwork.NextSeed(random);
        try
        {
            return Evaluate(x, gradient, work);
        }
        finally
        {
            work.DrawSeed = null;
        }
    }

    /// <summary>The batch objective and its gradient for given samples (rows of <paramref name="xs"/>, labels <paramref name="ys"/>).</summary>
    public double Evaluate(ReadOnlySpan<double> parameters, Span<double> gradient, Matrix<double> xs, double[] ys)
    {
        ArgumentNullException.ThrowIfNull(xs);
        ArgumentNullException.ThrowIfNull(ys);
        int n = xs.RowCount;
        var work = WorkFor(n);
        Numerics.RowMajor.Copy(xs, work.X);
        ys.AsSpan(0, n).CopyTo(work.Ys);
        return Evaluate(parameters, gradient, work);
    }

    private double Evaluate(ReadOnlySpan<double> parameters, Span<double> gradient, Workspace work)
    {
        int m = _m, d = _d, n = work.Ys.Length;
        parameters[..(m * d)].CopyTo(work.B);
        var b = work.B;
        var c = work.C;
        double n1 = 0, n2 = 0, cf2 = 0;
        for (int j = 0; j < m; j++)
        {
            for (int k = 0; k < m; k++)
            {
                c[(j * m) + k] = TensorPrimitives.Dot(b.AsSpan(j * d, d), b.AsSpan(k * d, d));
                cf2 += c[(j * m) + k] * c[(j * m) + k];
            }

            work.Norms[j] = c[(j * m) + j];
            n1 += work.Norms[j];
            n2 += work.Norms[j] * work.Norms[j];
        }

        bool withGradient = !gradient.IsEmpty;
        Parallel.For(0, work.Blocks, Numerics.ThreadLimit.Options, block => Block(work, block, n1, n2, cf2, withGradient));

        double value = 0, wSum = 0;
        var betaBar = work.BetaBar;
        Array.Clear(betaBar);
        Array.Clear(work.Grad);
        Array.Clear(work.Gamma);
        for (int block = 0; block < work.Blocks; block++)
        {
            var partial = work.Partials[block];
            value += partial.Value;
            wSum += partial.WSum;
            TensorPrimitives.Add(betaBar, partial.BetaBar, betaBar);
            if (withGradient)
            {
                TensorPrimitives.Add(work.Grad, partial.RX, work.Grad);
                TensorPrimitives.Add(work.Gamma, partial.PWP, work.Gamma);
            }
        }

        value /= n;
        for (int j = 0; j < m; j++)
        {
            value += _settings.Lambda * (work.Norms[j] - 1) * (work.Norms[j] - 1);
        }

        if (!withGradient)
        {
            return value;
        }

        // Γ = −4PᵀWP/N + 4C·Σw/N off the diagonal; grad = RᵀX/N + Γ·B.
        var gamma = work.Gamma;
        TensorPrimitives.Multiply(gamma, -4.0 / n, gamma);
        TensorPrimitives.MultiplyAdd(c, 4 * wSum / n, gamma, gamma);
        for (int j = 0; j < m; j++)
        {
            gamma[(j * m) + j] = (2 * betaBar[j] / n) + (4 * _settings.Lambda * (work.Norms[j] - 1));
        }

        var grad = gradient[..(m * d)];
        TensorPrimitives.Multiply(work.Grad, 1.0 / n, grad);
        for (int j = 0; j < m; j++)
        {
            var row = grad.Slice(j * d, d);
            for (int k = 0; k < m; k++)
            {
                TensorPrimitives.MultiplyAdd(b.AsSpan(k * d, d), gamma[(j * m) + k], row, row);
            }
        }

        return value;
    }

    /// <summary>
    /// Rows [block·RowsPerBlock, …) in tiles of four: P = XBᵀ, PC, the per-row terms, and the partial sums RᵀX and PᵀWP.
    /// A tile loads each row of B, C, RᵀX and PᵀWP once for its four rows instead of once per row (the passes were
    /// bound by those loads and stores); a last, partial tile repeats its last row with zero weight.
    /// </summary>
    private void Block(Workspace work, int block, double n1, double n2, double cf2, bool withGradient)
    {
        int m = _m, d = _d, n = work.Ys.Length;
        int start = block * RowsPerBlock, end = Math.Min(n, start + RowsPerBlock);
        var partial = work.Partials[block];
        partial.Clear();
        if (work.DrawSeed is { } seed)
        {
            _teacher.SampleBlock(work.X.AsSpan(start * d, (end - start) * d), work.Ys.AsSpan(start, end - start), Numerics.NormalGenerator.BlockSeed(seed, block));
        }

        var tile = partial.Tile;
        for (int t = start; t < end; t += Tile.Rows)
        {
            int rows = Math.Min(Tile.Rows, end - t);
            for (int k = 0; k < Tile.Rows; k++)
            {
                tile.Row[k] = t + Math.Min(k, rows - 1);
            }

            ProjectTile(work, tile);
            for (int k = 0; k < rows; k++)
            {
                RowTerms(work, partial, tile, k, n1, n2, cf2);
            }

            for (int k = rows; k < Tile.Rows; k++)
            {
                Array.Clear(tile.R, k * m, m);
                tile.W[k] = 0;
            }

            if (withGradient)
            {
                AccumulateTile(work, partial, tile);
            }
        }
    }

    /// <summary>P = XBᵀ and PC for the tile's four rows (into the tile and work.P).</summary>
    private void ProjectTile(Workspace work, Tile tile)
    {
        int m = _m, d = _d;
        var x0 = work.X.AsSpan(tile.Row[0] * d, d);
        var x1 = work.X.AsSpan(tile.Row[1] * d, d);
        var x2 = work.X.AsSpan(tile.Row[2] * d, d);
        var x3 = work.X.AsSpan(tile.Row[3] * d, d);
        var p = tile.P;
        for (int j = 0; j < m; j++)
        {
            (p[j], p[m + j], p[(2 * m) + j], p[(3 * m) + j]) = Numerics.FourRows.Dot(x0, x1, x2, x3, work.B.AsSpan(j * d, d));
        }

        // PC: pc_k = Σ_i p_k[i]·C_i for the four rows; C's row i is loaded once per tile.
        var pc = tile.PC;
        Array.Clear(pc);
        for (int i = 0; i < m; i++)
        {
            var ci = work.C.AsSpan(i * m, m);
            for (int k = 0; k < Tile.Rows; k++)
            {
                var row = pc.AsSpan(k * m, m);
                TensorPrimitives.MultiplyAdd(ci, p[(k * m) + i], row, row);
            }
        }

        for (int k = 0; k < Tile.Rows; k++)
        {
            p.AsSpan(k * m, m).CopyTo(work.P.AsSpan(tile.Row[k] * m, m));
        }
    }

    /// <summary>Row k of the tile: its share of the value, of β̄ and of Σw, and its r (into the tile).</summary>
    private void RowTerms(Workspace work, BlockSums partial, Tile tile, int k, double n1, double n2, double cf2)
    {
        int m = _m;
        var norms = work.Norms;
        var p = tile.P.AsSpan(k * m, m);
        var pc = tile.PC.AsSpan(k * m, m);
        var r = tile.R.AsSpan(k * m, m);
        double y = work.Ys[tile.Row[k]];
        double wt = _sign * y, ut = -_settings.Mu * _sign * y;
        tile.W[k] = wt;
        partial.WSum += wt;
        double s2 = 0, s4 = 0, nP2 = 0, pcp = 0, single = 0;
        for (int j = 0; j < m; j++)
        {
            double pj = p[j], p2 = pj * pj;
            s2 += p2;
            s4 += p2 * p2;
            nP2 += norms[j] * p2;
            pcp += pj * pc[j];
            single += (p2 * p2) - (6 * norms[j] * p2) + (3 * norms[j] * norms[j]);
        }

        double cross = pcp - nP2;
        double pairs = 0.5 * ((s2 * s2) - s4 - (2 * s2 * n1) + (2 * nP2) - (4 * cross) + (n1 * n1) - n2 + (2 * (cf2 - n2)));
        partial.Value += (wt * pairs) + (ut * single / 24);
        for (int j = 0; j < m; j++)
        {
            double pj = p[j], nj = norms[j];
            double alpha = (2 * pj * (s2 - (pj * pj) - n1 + nj)) - (4 * (pc[j] - (nj * pj)));
            double beta = -s2 + (pj * pj) + n1 - nj;
            double alphaSingle = ((pj * pj * pj) - (3 * nj * pj)) / 6;
            double betaSingle = (nj - (pj * pj)) / 4;
            r[j] = (wt * alpha) + (ut * alphaSingle);
            partial.BetaBar[j] += (wt * beta) + (ut * betaSingle);
        }
    }

    /// <summary>RᵀX += Σ_k r_k x_kᵀ and PᵀWP += Σ_k w_k p_k p_kᵀ over the tile: each row of the sums loaded and stored once.</summary>
    private void AccumulateTile(Workspace work, BlockSums partial, Tile tile)
    {
        int m = _m, d = _d;
        var r = tile.R;
        var p = tile.P;
        var x0 = work.X.AsSpan(tile.Row[0] * d, d);
        var x1 = work.X.AsSpan(tile.Row[1] * d, d);
        var x2 = work.X.AsSpan(tile.Row[2] * d, d);
        var x3 = work.X.AsSpan(tile.Row[3] * d, d);
        for (int j = 0; j < m; j++)
        {
            Numerics.FourRows.MultiplyAdd(partial.RX.AsSpan(j * d, d), r[j], x0, r[m + j], x1, r[(2 * m) + j], x2, r[(3 * m) + j], x3);
            Numerics.FourRows.MultiplyAdd(partial.PWP.AsSpan(j * m, m), tile.W[0] * p[j], p.AsSpan(0, m), tile.W[1] * p[m + j], p.AsSpan(m, m),
                tile.W[2] * p[(2 * m) + j], p.AsSpan(2 * m, m), tile.W[3] * p[(3 * m) + j], p.AsSpan(3 * m, m));
        }
    }

    private Workspace WorkFor(int n)
    {
        if (_work is null || _work.Ys.Length != n)
        {
            _work = new Workspace(n, _m, _d);
        }

        return _work;
    }

    /// <summary>Buffers of one batch size (row-major).</summary>
    private sealed class Workspace
    {
        public Workspace(int n, int m, int d)
        {
            X = new double[n * d];
            Ys = new double[n];
            P = new double[n * m];
            B = new double[m * d];
            C = new double[m * m];
            Gamma = new double[m * m];
            Grad = new double[m * d];
            Norms = new double[m];
            BetaBar = new double[m];
            Blocks = (n + RowsPerBlock - 1) / RowsPerBlock;
            Partials = Enumerable.Range(0, Blocks).Select(_ => new BlockSums(m, d)).ToArray();
        }

        public double[] X { get; }

        public double[] Ys { get; }

        public double[] P { get; }

        public double[] B { get; }

        public double[] C { get; }

        public double[] Gamma { get; }

        public double[] Grad { get; }

        public double[] Norms { get; }

        public double[] BetaBar { get; }

        public int Blocks { get; }

        public BlockSums[] Partials { get; }

        /// <summary>When set, each block draws its rows from this batch seed before using them.</summary>
        public ulong? DrawSeed { get; set; }
    }

    /// <summary>One block's partial sums and row scratch.</summary>
    private sealed class BlockSums(int m, int d)
    {
        public double Value { get; set; }

        public double WSum { get; set; }

        public double[] BetaBar { get; } = new double[m];

        public double[] RX { get; } = new double[m * d];

        public double[] PWP { get; } = new double[m * m];

        public Tile Tile { get; } = new(m);

        public void Clear()
        {
            Value = 0;
            WSum = 0;
            Array.Clear(BetaBar);
            Array.Clear(RX);
            Array.Clear(PWP);
        }
    }

    /// <summary>Four rows' indices, their weights w = sign(σ₄)·y (0 for a repeated row), and P, PC, r (4×m each).</summary>
    private sealed class Tile(int m)
    {
        public const int Rows = 4;

        public int[] Row { get; } = new int[Rows];

        public double[] W { get; } = new double[Rows];

        public double[] P { get; } = new double[Rows * m];

        public double[] PC { get; } = new double[Rows * m];

        public double[] R { get; } = new double[Rows * m];
    }
}
