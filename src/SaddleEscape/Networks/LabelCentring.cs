using System.Numerics.Tensors;

namespace SaddleEscape.Networks;

/// <summary>
/// Removes the constant and linear parts of the teacher's labels before training f′ (issue 13's remedy for Ge, Lee &amp;
/// Ma 2018 Fig. 3): y ↦ y − ȳ − ĉᵀx with ȳ and ĉ sample estimates of E[y] and E[y·x].
/// <para>
/// Why f′'s minimisers do not move. Expand σ in normalised Hermite polynomials, σ = Σ_k σ_k h_k; for unit b,
/// E[h_k(bᵀx)·h_l(b′ᵀx)] = δ_kl·(bᵀb′)^k. The teacher's labels are y = σ₀Σa*_i + σ₁(B*ᵀa*)ᵀx + y_{≥2} + ξ, so
/// E[y] = σ₀Σa*_i and E[y·x] = σ₁B*ᵀa* (E[h_k(bᵀx)·x] = b when k = 1, else 0). f′'s student aᵀγ(Bx) with
/// γ = σ₂h₂ + σ₄h₄ and unit rows lies in the span of degree-2 and degree-4 Hermite terms, orthogonal in L²(N(0, I))
/// to every constant and every linear function. For any fixed α, β, E[(y − α − βᵀx − aᵀγ(Bx))²] therefore equals
/// E[(y − aᵀγ(Bx))²] plus a term that does not depend on (a, B) on the product of unit spheres: the minimisers and the
/// population Riemannian gradient are unchanged, whatever the estimates (the Euclidean gradient of a row changes only
/// along the row itself, by Stein's lemma), while the labels lose the part (≈ (σ₀Σa*)² + σ₁²‖B*ᵀa*‖², about 398 + 12.5
/// for ReLU at d = 50) that dominated both the risk and the gradient noise. For f (student activation σ) the
/// student can represent those parts, so centring would change the problem; it is offered for f′ only.
/// </para>
/// </summary>
/// <param name="Mean">ȳ.</param>
/// <param name="Linear">ĉ (length d).</param>
/// <param name="Samples">Samples the estimates came from.</param>
public sealed record LabelCentring(double Mean, double[] Linear, int Samples)
{
    /// <summary>ȳ and ĉ from <paramref name="samples"/> fresh teacher samples drawn with <paramref name="seed"/> (independent of training and validation).</summary>
    public static LabelCentring Estimate(TeacherNetwork teacher, int samples, int seed)
    {
        ArgumentNullException.ThrowIfNull(teacher);
        ArgumentOutOfRangeException.ThrowIfLessThan(samples, 2);
        int d = teacher.InputDimension;
        var xs = new double[samples * d];
        var ys = new double[samples];
        teacher.SampleRows(xs, ys, new Random(seed));
        double mean = TensorPrimitives.Sum(ys) / samples;
        var c = new double[d];
        for (int t = 0; t < samples; t++)
        {
            // E[(y − ȳ)x] = E[yx] since E[x] = 0; subtracting ȳ first removes the constant part's variance from ĉ.
            TensorPrimitives.MultiplyAdd(xs.AsSpan(t * d, d), ys[t] - mean, c, c);
        }

        TensorPrimitives.Multiply(c, 1.0 / samples, c);
        return new LabelCentring(mean, c, samples);
    }

    /// <summary>y_t ← y_t − ȳ − ĉᵀx_t for the rows of row-major <paramref name="xs"/>.</summary>
    public void Apply(ReadOnlySpan<double> xs, Span<double> ys)
    {
        int d = Linear.Length;
        for (int t = 0; t < ys.Length; t++)
        {
            ys[t] -= Mean + TensorPrimitives.Dot(xs.Slice(t * d, d), Linear);
        }
    }
}
