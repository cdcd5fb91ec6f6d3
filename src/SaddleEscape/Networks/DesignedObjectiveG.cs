using SaddleEscape.Objectives;
using SaddleEscape.Tensors;
using System.Numerics.Tensors;

namespace SaddleEscape.Networks;

/// <summary>
/// The population form of Ge, Lee &amp; Ma's designed objective (Ge, Lee &amp; Ma 2018 Eq. 2.7, Thm. 2.6) for a
/// teacher with unit rows b*_i, over B ∈ R^{m×d} (flat, row-major). With φ = ½H₄[v,v,w,w] and
/// ϕ = H₄[v,v,v,v]/24 (H₄ the 4th multivariate Hermite tensor; Eq. 2.8–2.9 as the OCR shows them),
/// Stein's lemma E[σ(b*ᵀx)H₄(x)[u₁,…,u₄]] = √24·σ₄·Π⟨b*,u_t⟩ gives
/// G(B) = √6|σ₄| Σ_i a*_i Σ_{j≠k} ⟨b*_i,b_j⟩²⟨b*_i,b_k⟩² − (μ|σ₄|/(2√6)) Σ_{i,j} a*_i⟨b*_i,b_j⟩⁴ + λ Σ_j(‖b_j‖² − 1)².
/// Thm. 2.6 as printed has 2√6 and μ|σ₄|/√6, i.e. twice the first two terms; the Monte Carlo test
/// of the sample objective (<see cref="DesignedObjectiveSampler"/>) agrees with the form here.
/// The first term is Ge et al.'s tensor objective for T = √6|σ₄| Σ a*_i b*_i^⊗4 (same kernel).
/// </summary>
public sealed class DesignedObjectiveG : IObjective, IHessianVectorProduct
{
    private readonly OrthogonalTensorObjective _pairs;
    private readonly LowRankSymmetricTensor _quartic;
    private readonly double[] _work;
    private readonly double[] _metric;
    private readonly double[] _mb;

    /// <summary>G for <paramref name="teacher"/> (unit rows) with <paramref name="settings"/>.</summary>
    public DesignedObjectiveG(TeacherNetwork teacher, DesignedObjectiveSettings settings)
        : this(teacher, settings, weightedNorm: false)
    {
    }

    /// <summary>
    /// G, or with <paramref name="weightedNorm"/> App. C's F: the norm penalty λΣ_j(‖b_j‖² − 1)² becomes
    /// λΣ_j(b_jᵀMb_j − 1)² with M = Σ_i a*_i b*_i b*_iᵀ (the "norm of b_j in the basis of the rows of B*").
    /// </summary>
    public DesignedObjectiveG(TeacherNetwork teacher, DesignedObjectiveSettings settings, bool weightedNorm)
    {
        ArgumentNullException.ThrowIfNull(teacher);
        ArgumentNullException.ThrowIfNull(settings);
        Settings = settings;
        Sigma4 = HermiteCoefficients.Compute(teacher.Sigma, 4)[4];
        if (Math.Abs(Sigma4) < 1e-12)
        {
            throw new ArgumentException($"G needs σ₄ ≠ 0 (activation {teacher.Sigma.Name} has σ₄ = {Sigma4:E2})");
        }

        int d = teacher.InputDimension;
        Hidden = teacher.Hidden;
        InputDimension = d;
        double c1 = Math.Sqrt(6) * Math.Abs(Sigma4);
        _pairs = new OrthogonalTensorObjective(new LowRankSymmetricTensor(4, teacher.A.Select(a => c1 * a).ToArray(), teacher.B, d), Hidden);
        double c2 = settings.Mu * Math.Abs(Sigma4) / (2 * Math.Sqrt(6));
        _quartic = new LowRankSymmetricTensor(4, teacher.A.Select(a => -c2 * a).ToArray(), teacher.B, d);
        _work = new double[d];
        _mb = new double[d];
        _metric = new double[d * d];
        for (int i = 0; i < d; i++)
        {
            if (!weightedNorm)
            {
                _metric[(i * d) + i] = 1;
                continue;
            }

            for (int k = 0; k < teacher.Hidden; k++)
            {
                for (int l = 0; l < d; l++)
                {
                    _metric[(i * d) + l] += teacher.A[k] * teacher.B[(k * d) + i] * teacher.B[(k * d) + l];
                }
            }
        }
    }

    private double NormInMetric(ReadOnlySpan<double> b, Span<double> mb)
    {
        int d = InputDimension;
        for (int i = 0; i < d; i++)
        {
            mb[i] = TensorPrimitives.Dot(_metric.AsSpan(i * d, d), b);
        }

        return TensorPrimitives.Dot(b, mb);
    }

    /// <summary>μ, λ.</summary>
    public DesignedObjectiveSettings Settings { get; }

    /// <summary>σ₄ of the teacher's activation.</summary>
    public double Sigma4 { get; }

    /// <summary>m.</summary>
    public int Hidden { get; }

    /// <summary>d.</summary>
    public int InputDimension { get; }

    /// <inheritdoc />
    public int Dimension => Hidden * InputDimension;

    /// <inheritdoc />
    public double Value(ReadOnlySpan<double> x) => Evaluate(x, []);

    /// <inheritdoc />
    public double ValueAndGradient(ReadOnlySpan<double> x, Span<double> gradient) => Evaluate(x, gradient);

    private double Evaluate(ReadOnlySpan<double> x, Span<double> gradient)
    {
        bool grad = !gradient.IsEmpty;
        double value = grad ? _pairs.ValueAndGradient(x, gradient) : _pairs.Value(x);
        int d = InputDimension;
        for (int j = 0; j < Hidden; j++)
        {
            var bj = x.Slice(j * d, d);
            _quartic.Contract(bj, bj, bj, _work);
            double n = NormInMetric(bj, _mb);
            value += TensorPrimitives.Dot(_work, bj) + (Settings.Lambda * (n - 1) * (n - 1));
            if (grad)
            {
                var gj = gradient.Slice(j * d, d);
                TensorPrimitives.MultiplyAdd(_work, 4.0, gj, gj);
                TensorPrimitives.MultiplyAdd(_mb, 4 * Settings.Lambda * (n - 1), gj, gj);
            }
        }

        return value;
    }

    /// <inheritdoc />
    public void HessianVectorProduct(ReadOnlySpan<double> x, ReadOnlySpan<double> v, Span<double> result)
    {
        _pairs.HessianVectorProduct(x, v, result);
        int d = InputDimension;
        for (int j = 0; j < Hidden; j++)
        {
            var bj = x.Slice(j * d, d);
            var vj = v.Slice(j * d, d);
            var rj = result.Slice(j * d, d);
            _quartic.Contract(bj, bj, vj, _work);
            TensorPrimitives.MultiplyAdd(_work, 12.0, rj, rj);
            double n = NormInMetric(bj, _mb);
            double bv = TensorPrimitives.Dot(_mb, vj);
            TensorPrimitives.MultiplyAdd(_mb, 8 * Settings.Lambda * bv, rj, rj);
            NormInMetric(vj, _mb);
            TensorPrimitives.MultiplyAdd(_mb, 4 * Settings.Lambda * (n - 1), rj, rj);
        }
    }
}
