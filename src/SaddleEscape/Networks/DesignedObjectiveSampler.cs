using MathNet.Numerics.LinearAlgebra;
using SaddleEscape.Objectives;
using System.Numerics.Tensors;
using System.Runtime.Intrinsics;

namespace SaddleEscape.Networks;

/// <summary>
/// The sample form of Ge, Lee &amp; Ma's G (Ge, Lee &amp; Ma 2018 Eq. 2.7–2.9) with fresh teacher samples every call:
/// mean over the batch of sign(σ₄)·y·Σ_{j≠k} φ(b_j,b_k,x) − μ·sign(σ₄)·y·Σ_j ϕ(b_j,x), plus λΣ(‖b_j‖² − 1)²,
/// where φ(v,w,x) = ½[(vᵀx)²(wᵀx)² − ‖w‖²(vᵀx)² − ‖v‖²(wᵀx)² − 4⟨v,w⟩(vᵀx)(wᵀx) + ‖v‖²‖w‖² + 2⟨v,w⟩²]
/// and ϕ(v,x) = [(vᵀx)⁴ − 6‖v‖²(vᵀx)² + 3‖v‖⁴]/24. No loop over pairs (j, k): with P = XBᵀ,
/// C = BBᵀ, S₂ = Σ_j P_j², Σ_{j≠k} P_j²P_k² = S₂² − Σ P_j⁴, Σ_{j≠k} C_jkP_jP_k = Pᵀ(C − diag C)P, and
/// the gradient is RᵀX/N + diag(2β̄)B + ΓB + 4λ diag(n − 1)B with Γ = −4Pᵀdiag(w)P/N + 4C·Σw/N off the
/// diagonal — O(N·d·m) work (m ≤ d) in four register-blocked panel products (XBᵀ, PC, RᵀX, (WP)ᵀP), split over
/// row blocks on all cores. The row-major N×d buffer and the per-block partial sums and panels are kept
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

    /// <summary>
    /// Samples G for <paramref name="teacher"/> with <paramref name="settings"/>; with <paramref name="centring"/>, drawn labels
    /// are replaced by y − ȳ − ĉᵀx. That leaves the population G unchanged exactly, whatever ȳ and ĉ are: φ(v, w, x) and
    /// ϕ(v, x) are Wick products (:(vᵀx)²(wᵀx)²: and :(vᵀx)⁴:/24), orthogonal under N(0, I) to every polynomial of degree
    /// below 4, so E[(ȳ + ĉᵀx)·φ] = E[(ȳ + ĉᵀx)·ϕ] = 0. It removes the labels' constant and linear parts from the samples
    /// (for a ReLU teacher with a* = 1 their mean is d/√(2π), ≈ 20 at d = 50), and with them most of the gradient noise.
    /// Labels passed to Evaluate(…, xs, ys) are used as given.
    /// </summary>
    public DesignedObjectiveSampler(TeacherNetwork teacher, DesignedObjectiveSettings settings, LabelCentring? centring = null)
    {
        Centring = centring;
        ArgumentNullException.ThrowIfNull(teacher);
        ArgumentNullException.ThrowIfNull(settings);
        _teacher = teacher;
        _settings = settings;
        _sign = Math.Sign(HermiteCoefficients.Compute(teacher.Sigma, 4)[4]);
        _m = teacher.Hidden;
        _d = teacher.InputDimension;
    }

    /// <summary>When set, drawn labels are centred (<see cref="LabelCentring"/>).</summary>
    public LabelCentring? Centring { get; }

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

        // Bᵀ (d × m̃) and C (m × m̃) with zero columns up to m̃ = m rounded up to 4, for the panel products.
        int mp = work.PaddedHidden;
        Numerics.PanelProducts.TransposePadded(b, m, d, work.BT);
        for (int j = 0; j < m; j++)
        {
            c.AsSpan(j * m, m).CopyTo(work.CPadded.AsSpan(j * mp, m));
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
            TensorPrimitives.Add(betaBar, partial.BetaBar.AsSpan(0, m), betaBar);
            if (withGradient)
            {
                TensorPrimitives.Add(work.Grad, partial.RX.AsSpan(0, m * d), work.Grad);
                for (int j = 0; j < m; j++)
                {
                    var row = work.Gamma.AsSpan(j * m, m);
                    TensorPrimitives.Add(row, partial.PWP.AsSpan(j * mp, m), row);
                }
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
    /// Rows [block·RowsPerBlock, …) in panels of <see cref="Panel.Rows"/>: P = XBᵀ and PC by <see cref="Numerics.PanelProducts.Multiply"/>,
    /// the per-row terms, then RᵀX and (WP)ᵀP by <see cref="Numerics.PanelProducts.AccumulateTransposed"/> — register-blocked
    /// products in place of row-at-a-time dot products and rank-one updates (which were bound by loads and stores).
    /// </summary>
    private void Block(Workspace work, int block, double n1, double n2, double cf2, bool withGradient)
    {
        int m = _m, d = _d, mp = work.PaddedHidden, n = work.Ys.Length;
        int start = block * RowsPerBlock, end = Math.Min(n, start + RowsPerBlock);
        var partial = work.Partials[block];
        partial.Clear();
        if (work.DrawSeed is { } seed)
        {
            var xs = work.X.AsSpan(start * d, (end - start) * d);
            var ys = work.Ys.AsSpan(start, end - start);
            _teacher.SampleBlock(xs, ys, Numerics.NormalGenerator.BlockSeed(seed, block));
            Centring?.Apply(xs, ys);
        }

        var panel = partial.Panel;
        for (int t = start; t < end; t += Panel.Rows)
        {
            int rows = Math.Min(Panel.Rows, end - t);
            var x = work.X.AsSpan(t * d, rows * d);
            Numerics.PanelProducts.Multiply(x, rows, d, d, work.BT, mp, panel.P);
            Numerics.PanelProducts.Multiply(panel.P, rows, m, mp, work.CPadded, mp, panel.PC);
            for (int k = 0; k < rows; k++)
            {
                RowTerms(work, partial, panel, k, work.Ys[t + k], n1, n2, cf2);
            }

            if (withGradient)
            {
                Numerics.PanelProducts.AccumulateTransposed(panel.R, rows, mp, mp, x, d, d, partial.RX);
                Numerics.PanelProducts.AccumulateTransposed(panel.WP, rows, mp, mp, panel.P, mp, mp, partial.PWP);
            }
        }
    }

    /// <summary>
    /// Row k of the panel (label y): its share of the value, of β̄ and of Σw, its r and its w·p (into the panel), four
    /// hidden units per vector over the padded width m̃ (padded units have p = pc = ‖b‖² = 0, so they add nothing to the
    /// sums and get r = 0; their β̄ entries are never read).
    /// </summary>
    private void RowTerms(Workspace work, BlockSums partial, Panel panel, int k, double y, double n1, double n2, double cf2)
    {
        int mp = work.PaddedHidden;
        ref double p = ref panel.P[k * mp];
        ref double pc = ref panel.PC[k * mp];
        ref double r = ref panel.R[k * mp];
        ref double wp = ref panel.WP[k * mp];
        ref double norms = ref work.Norms[0];
        ref double betaBar = ref partial.BetaBar[0];
        double wt = _sign * y, ut = -_settings.Mu * _sign * y;
        partial.WSum += wt;
        var vs2 = Vector256<double>.Zero;
        var vs4 = Vector256<double>.Zero;
        var vnP2 = Vector256<double>.Zero;
        var vpcp = Vector256<double>.Zero;
        var vsingle = Vector256<double>.Zero;
        var vw = Vector256.Create(wt);
        for (int j = 0; j < mp; j += 4)
        {
            var pj = Vector256.LoadUnsafe(ref p, (nuint)j);
            var nj = Vector256.LoadUnsafe(ref norms, (nuint)j);
            var p2 = pj * pj;
            var p4 = p2 * p2;
            var np2 = nj * p2;
            vs2 += p2;
            vs4 += p4;
            vnP2 += np2;
            vpcp = Vector256.FusedMultiplyAdd(pj, Vector256.LoadUnsafe(ref pc, (nuint)j), vpcp);
            vsingle += p4 - (Vector256.Create(6.0) * np2) + (Vector256.Create(3.0) * nj * nj);
            (vw * pj).StoreUnsafe(ref wp, (nuint)j);
        }

        double s2 = Vector256.Sum(vs2), s4 = Vector256.Sum(vs4), nP2 = Vector256.Sum(vnP2), pcp = Vector256.Sum(vpcp), single = Vector256.Sum(vsingle);
        double cross = pcp - nP2;
        double pairs = 0.5 * ((s2 * s2) - s4 - (2 * s2 * n1) + (2 * nP2) - (4 * cross) + (n1 * n1) - n2 + (2 * (cf2 - n2)));
        partial.Value += (wt * pairs) + (ut * single / 24);
        var vu = Vector256.Create(ut);
        var shift = Vector256.Create(s2 - n1);
        for (int j = 0; j < mp; j += 4)
        {
            var pj = Vector256.LoadUnsafe(ref p, (nuint)j);
            var nj = Vector256.LoadUnsafe(ref norms, (nuint)j);
            var p2 = pj * pj;
            // α = 2p(s₂ − p² − n₁ + n) − 4(pc − n·p), β = −s₂ + p² + n₁ − n, α₁ = (p³ − 3n·p)/6, β₁ = (n − p²)/4.
            var beta = p2 - shift - nj;
            var alpha = (Vector256.Create(2.0) * pj * (shift - p2 + nj)) - (Vector256.Create(4.0) * (Vector256.LoadUnsafe(ref pc, (nuint)j) - (nj * pj)));
            var alphaSingle = ((p2 * pj) - (Vector256.Create(3.0) * nj * pj)) * Vector256.Create(1.0 / 6);
            var betaSingle = (nj - p2) * Vector256.Create(0.25);
            ((vw * alpha) + (vu * alphaSingle)).StoreUnsafe(ref r, (nuint)j);
            (Vector256.LoadUnsafe(ref betaBar, (nuint)j) + (vw * beta) + (vu * betaSingle)).StoreUnsafe(ref betaBar, (nuint)j);
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
            PaddedHidden = Numerics.PanelProducts.PaddedWidth(m);
            B = new double[m * d];
            BT = new double[d * PaddedHidden];
            CPadded = new double[m * PaddedHidden];
            C = new double[m * m];
            Gamma = new double[m * m];
            Grad = new double[m * d];
            Norms = new double[PaddedHidden];
            BetaBar = new double[m];
            Blocks = (n + RowsPerBlock - 1) / RowsPerBlock;
            Partials = Enumerable.Range(0, Blocks).Select(_ => new BlockSums(PaddedHidden, d)).ToArray();
        }

        public double[] X { get; }

        public double[] Ys { get; }

        /// <summary>m rounded up to a multiple of 4 (the panels' row stride).</summary>
        public int PaddedHidden { get; }

        public double[] B { get; }

        /// <summary>Bᵀ, d × <see cref="PaddedHidden"/> (zero beyond column m).</summary>
        public double[] BT { get; }

        /// <summary>C = BBᵀ, m × <see cref="PaddedHidden"/> (zero beyond column m).</summary>
        public double[] CPadded { get; }

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

    /// <summary>One block's partial sums (RᵀX: m̃ × d, PᵀWP: m̃ × m̃, rows and columns beyond m zero) and panel scratch.</summary>
    private sealed class BlockSums(int mp, int d)
    {
        public double Value { get; set; }

        public double WSum { get; set; }

        public double[] BetaBar { get; } = new double[mp];

        public double[] RX { get; } = new double[mp * d];

        public double[] PWP { get; } = new double[mp * mp];

        public Panel Panel { get; } = new(mp);

        public void Clear()
        {
            Value = 0;
            WSum = 0;
            Array.Clear(BetaBar);
            Array.Clear(RX);
            Array.Clear(PWP);
        }
    }

    /// <summary>A panel's P, PC, r and w·p (rows × m̃ each; columns beyond m stay zero).</summary>
    private sealed class Panel(int mp)
    {
        public const int Rows = 64;

        public double[] P { get; } = new double[Rows * mp];

        public double[] PC { get; } = new double[Rows * mp];

        public double[] R { get; } = new double[Rows * mp];

        public double[] WP { get; } = new double[Rows * mp];
    }
}
