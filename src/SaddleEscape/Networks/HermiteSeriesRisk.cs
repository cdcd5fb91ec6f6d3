using System.Numerics.Tensors;

namespace SaddleEscape.Networks;

/// <summary>
/// The population risk of a student y′ = aᵀγ(Bx) against the teacher y = a*ᵀσ(B*x) + ξ with unit rows
/// (Ge, Lee &amp; Ma 2018 Thm. A.4, which gives Thm. 2.1 for γ = σ and Thm. 2.2 for γ = σ₂h₂ + σ₄h₄):
/// E[(y′ − y)²] = Σ_k ‖γ_k Σ_i a_i b_i^⊗k − σ_k Σ_i a*_i b*_i^⊗k‖²_F + s²
///             = Σ_k [γ_k² Σ_ij a_i a_j⟨b_i,b_j⟩^k − 2γ_kσ_k Σ_ij a_i a*_j⟨b_i,b*_j⟩^k + σ_k² Σ_ij a*_i a*_j⟨b*_i,b*_j⟩^k] + s²
/// (the paper's "const" is s² plus the teacher's own terms here written out). The series is
/// truncated at K; since every |⟨·,·⟩^k| ≤ 1, the tail is at most
/// T_γ‖a‖₁² + 2√(T_γT_σ)‖a‖₁‖a*‖₁ + T_σ‖a*‖₁², T = E[σ²] − Σ_{k≤K}σ_k² (Parseval), reported as <see cref="TruncationBound"/>.
/// </summary>
public sealed class HermiteSeriesRisk
{
    private readonly double[] _sigmaK;
    private readonly double[] _gammaK;

    /// <summary>The risk for <paramref name="teacher"/> and a student activation with Hermite coefficients <paramref name="studentCoefficients"/> (γ_0 … γ_K) and tail mass <paramref name="studentTail"/>.</summary>
    public HermiteSeriesRisk(TeacherNetwork teacher, double[] studentCoefficients, double studentTail, int order = 60)
    {
        ArgumentNullException.ThrowIfNull(teacher);
        ArgumentNullException.ThrowIfNull(studentCoefficients);
        Teacher = teacher;
        _sigmaK = HermiteCoefficients.Compute(teacher.Sigma, order);
        _gammaK = new double[order + 1];
        Array.Copy(studentCoefficients, _gammaK, Math.Min(studentCoefficients.Length, order + 1));
        TeacherTail = Math.Max(0, HermiteCoefficients.SecondMoment(teacher.Sigma) - _sigmaK.Sum(s => s * s));
        StudentTail = Math.Max(0, studentTail);
        CheckUnitRows(teacher.B, teacher.InputDimension, "B*");
    }

    /// <summary>Thm. 2.1: the student has the teacher's activation.</summary>
    public static HermiteSeriesRisk SameActivation(TeacherNetwork teacher, int order = 60)
    {
        ArgumentNullException.ThrowIfNull(teacher);
        var gamma = HermiteCoefficients.Compute(teacher.Sigma, order);
        double tail = Math.Max(0, HermiteCoefficients.SecondMoment(teacher.Sigma) - gamma.Sum(s => s * s));
        return new HermiteSeriesRisk(teacher, gamma, tail, order);
    }

    /// <summary>Thm. 2.2: the student's activation is γ = σ₂h₂ + σ₄h₄ (Eq. 2.5), exact in the series.</summary>
    public static HermiteSeriesRisk HermiteActivation(TeacherNetwork teacher, int order = 60)
    {
        ArgumentNullException.ThrowIfNull(teacher);
        var sigma = HermiteCoefficients.Compute(teacher.Sigma, 4);
        var gamma = new double[order + 1];
        gamma[2] = sigma[2];
        gamma[4] = sigma[4];
        return new HermiteSeriesRisk(teacher, gamma, 0, order);
    }

    /// <summary>The teacher.</summary>
    public TeacherNetwork Teacher { get; }

    /// <summary>E[σ²] − Σ_{k≤K} σ_k².</summary>
    public double TeacherTail { get; }

    /// <summary>E[γ²] − Σ_{k≤K} γ_k².</summary>
    public double StudentTail { get; }

    /// <summary>γ_k as used.</summary>
    public IReadOnlyList<double> StudentCoefficients => _gammaK;

    /// <summary>σ_k as used.</summary>
    public IReadOnlyList<double> TeacherCoefficients => _sigmaK;

    /// <summary>The truncated series at the student (a, B) (rows of B must have unit norm).</summary>
    public double Value(ReadOnlySpan<double> a, ReadOnlySpan<double> b)
    {
        int d = Teacher.InputDimension;
        CheckUnitRows(b, d, "B");
        var aStar = Teacher.A;
        var bStar = Teacher.B;
        double value = Teacher.NoiseStd * Teacher.NoiseStd;
        for (int i = 0; i < a.Length; i++)
        {
            for (int j = 0; j < a.Length; j++)
            {
                value += a[i] * a[j] * Series(_gammaK, _gammaK, TensorPrimitives.Dot(b.Slice(i * d, d), b.Slice(j * d, d)));
            }

            for (int j = 0; j < aStar.Length; j++)
            {
                value -= 2 * a[i] * aStar[j] * Series(_gammaK, _sigmaK, TensorPrimitives.Dot(b.Slice(i * d, d), bStar.AsSpan(j * d, d)));
            }
        }

        for (int i = 0; i < aStar.Length; i++)
        {
            for (int j = 0; j < aStar.Length; j++)
            {
                value += aStar[i] * aStar[j] * Series(_sigmaK, _sigmaK, TensorPrimitives.Dot(bStar.AsSpan(i * d, d), bStar.AsSpan(j * d, d)));
            }
        }

        return value;
    }

    /// <summary>
    /// The gradient of the truncated series in (a, B): ∂/∂a_i = 2Σ_j a_j S_γγ(⟨b_i,b_j⟩) − 2Σ_j a*_j S_γσ(⟨b_i,b*_j⟩),
    /// ∂/∂b_i = 2Σ_{j≠i} a_i a_j S′_γγ(⟨b_i,b_j⟩) b_j + 2a_i² S′_γγ(‖b_i‖²) b_i − 2Σ_j a_i a*_j S′_γσ(⟨b_i,b*_j⟩) b*_j,
    /// S_pq(ρ) = Σ_k p_k q_k ρ^k. The series equals the risk only on unit rows, so only the part tangent
    /// to the spheres (the radial b_i term drops out there) is the risk's Riemannian gradient.
    /// </summary>
    public void Gradient(ReadOnlySpan<double> a, ReadOnlySpan<double> b, Span<double> gradA, Span<double> gradB)
    {
        int d = Teacher.InputDimension, m = a.Length;
        var aStar = Teacher.A;
        var bStar = Teacher.B;
        gradA.Clear();
        gradB.Clear();
        for (int i = 0; i < m; i++)
        {
            var bi = b.Slice(i * d, d);
            var gi = gradB.Slice(i * d, d);
            for (int j = 0; j < m; j++)
            {
                var bj = b.Slice(j * d, d);
                double rho = TensorPrimitives.Dot(bi, bj);
                gradA[i] += 2 * a[j] * Series(_gammaK, _gammaK, rho);
                TensorPrimitives.MultiplyAdd(bj, 2 * a[i] * a[j] * SeriesDerivative(_gammaK, _gammaK, rho), gi, gi);
            }

            for (int j = 0; j < aStar.Length; j++)
            {
                var sj = bStar.AsSpan(j * d, d);
                double tau = TensorPrimitives.Dot(bi, sj);
                gradA[i] -= 2 * aStar[j] * Series(_gammaK, _sigmaK, tau);
                TensorPrimitives.MultiplyAdd(sj, -2 * a[i] * aStar[j] * SeriesDerivative(_gammaK, _sigmaK, tau), gi, gi);
            }
        }
    }

    private static double SeriesDerivative(double[] p, double[] q, double rho)
    {
        double sum = 0, power = 1;
        for (int k = 1; k < p.Length; k++)
        {
            sum += k * p[k] * q[k] * power;
            power *= rho;
        }

        return sum;
    }

    /// <summary>Upper bound on |true risk − <see cref="Value"/>| from truncating the series at K.</summary>
    public double TruncationBound(ReadOnlySpan<double> a)
    {
        double a1 = 0, s1 = 0;
        foreach (double v in a)
        {
            a1 += Math.Abs(v);
        }

        foreach (double v in Teacher.A)
        {
            s1 += Math.Abs(v);
        }

        return (StudentTail * a1 * a1) + (2 * Math.Sqrt(StudentTail * TeacherTail) * a1 * s1) + (TeacherTail * s1 * s1);
    }

    private static double Series(double[] p, double[] q, double rho)
    {
        double sum = 0, power = 1;
        for (int k = 0; k < p.Length; k++)
        {
            sum += p[k] * q[k] * power;
            power *= rho;
        }

        return sum;
    }

    private static void CheckUnitRows(ReadOnlySpan<double> b, int d, string name)
    {
        for (int i = 0; i < b.Length / d; i++)
        {
            double norm = TensorPrimitives.Norm(b.Slice(i * d, d));
            if (Math.Abs(norm - 1) > 1e-9)
            {
                throw new ArgumentException($"Thm. 2.1/A.4 needs unit rows: row {i} of {name} has norm {norm}");
            }
        }
    }
}
