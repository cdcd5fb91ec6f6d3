using MathNet.Numerics.LinearAlgebra;
using SaddleEscape.Objectives;

namespace SaddleEscape.Networks;

/// <summary>
/// The sample form of Ge, Lee &amp; Ma's G (seed 003 Eq. 2.7–2.9) with fresh teacher samples every call:
/// mean over the batch of sign(σ₄)·y·Σ_{j≠k} φ(b_j,b_k,x) − μ·sign(σ₄)·y·Σ_j ϕ(b_j,x), plus λΣ(‖b_j‖² − 1)²,
/// where φ(v,w,x) = ½[(vᵀx)²(wᵀx)² − ‖w‖²(vᵀx)² − ‖v‖²(wᵀx)² − 4⟨v,w⟩(vᵀx)(wᵀx) + ‖v‖²‖w‖² + 2⟨v,w⟩²]
/// and ϕ(v,x) = [(vᵀx)⁴ − 6‖v‖²(vᵀx)² + 3‖v‖⁴]/24. No loop over pairs (j, k): with P = XBᵀ,
/// C = BBᵀ, S₂ = Σ_j P_j², Σ_{j≠k} P_j²P_k² = S₂² − Σ P_j⁴, Σ_{j≠k} C_jkP_jP_k = Pᵀ(C − diag C)P, and
/// the gradient is RᵀX/N + diag(2β̄)B + ΓB + 4λ diag(n − 1)B with Γ = −4Pᵀdiag(w)P/N + 4C·Σw/N off the
/// diagonal — matrix products costing O(N·d·m) (m ≤ d), multi-threaded by MathNet for large N.
/// </summary>
public sealed class DesignedObjectiveSampler : IStochasticObjective
{
    private readonly TeacherNetwork _teacher;
    private readonly DesignedObjectiveSettings _settings;
    private readonly double _sign;
    private readonly int _m;
    private readonly int _d;

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
        var (xs, ys) = _teacher.SampleBatch(batchSize, random);
        return Evaluate(x, gradient, xs, ys);
    }

    /// <summary>The batch objective and its gradient for given samples (rows of <paramref name="xs"/>, labels <paramref name="ys"/>).</summary>
    public double Evaluate(ReadOnlySpan<double> parameters, Span<double> gradient, Matrix<double> xs, double[] ys)
    {
        ArgumentNullException.ThrowIfNull(xs);
        ArgumentNullException.ThrowIfNull(ys);
        int n = xs.RowCount, m = _m;
        var b = Matrix<double>.Build.DenseOfRowArrays(parameters.ToArray().Chunk(_d));
        var p = xs.TransposeAndMultiply(b);
        var c = b.TransposeAndMultiply(b);
        var norms = c.Diagonal().ToArray();
        double n1 = norms.Sum(), n2 = norms.Sum(v => v * v);
        double cf2 = c.FrobeniusNorm() * c.FrobeniusNorm();
        var pc = p * c;
        var r = Matrix<double>.Build.Dense(n, m);
        var betaBar = new double[m];
        var w = new double[n];
        double value = 0, wSum = 0;
        for (int t = 0; t < n; t++)
        {
            double wt = _sign * ys[t], ut = -_settings.Mu * _sign * ys[t];
            w[t] = wt;
            wSum += wt;
            double s2 = 0, s4 = 0, nP2 = 0, pcp = 0, single = 0;
            for (int j = 0; j < m; j++)
            {
                double pj = p.At(t, j), p2 = pj * pj;
                s2 += p2;
                s4 += p2 * p2;
                nP2 += norms[j] * p2;
                pcp += pj * pc.At(t, j);
                single += (p2 * p2) - (6 * norms[j] * p2) + (3 * norms[j] * norms[j]);
            }

            double cross = pcp - nP2;
            double pairs = 0.5 * ((s2 * s2) - s4 - (2 * s2 * n1) + (2 * nP2) - (4 * cross) + (n1 * n1) - n2 + (2 * (cf2 - n2)));
            value += (wt * pairs) + (ut * single / 24);
            for (int j = 0; j < m; j++)
            {
                double pj = p.At(t, j), nj = norms[j];
                double alpha = (2 * pj * (s2 - (pj * pj) - n1 + nj)) - (4 * (pc.At(t, j) - (nj * pj)));
                double beta = -s2 + (pj * pj) + n1 - nj;
                double alphaSingle = ((pj * pj * pj) - (3 * nj * pj)) / 6;
                double betaSingle = (nj - (pj * pj)) / 4;
                r.At(t, j, (wt * alpha) + (ut * alphaSingle));
                betaBar[j] += (wt * beta) + (ut * betaSingle);
            }
        }

        value /= n;
        for (int j = 0; j < m; j++)
        {
            value += _settings.Lambda * (norms[j] - 1) * (norms[j] - 1);
        }

        if (gradient.IsEmpty)
        {
            return value;
        }

        var grad = r.TransposeThisAndMultiply(xs) / n;
        var weighted = Matrix<double>.Build.Dense(n, m);
        for (int j = 0; j < m; j++)
        {
            for (int t = 0; t < n; t++)
            {
                weighted.At(t, j, p.At(t, j) * w[t]);
            }
        }

        var gamma = (p.TransposeThisAndMultiply(weighted) * (-4.0 / n)) + (c * (4 * wSum / n));
        for (int j = 0; j < m; j++)
        {
            gamma[j, j] = (2 * betaBar[j] / n) + (4 * _settings.Lambda * (norms[j] - 1));
        }

        grad += gamma * b;
        for (int j = 0; j < m; j++)
        {
            for (int l = 0; l < _d; l++)
            {
                gradient[(j * _d) + l] = grad[j, l];
            }
        }

        return value;
    }
}
