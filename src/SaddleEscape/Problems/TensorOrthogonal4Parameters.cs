using SaddleEscape.Settings;

namespace SaddleEscape.Problems;

/// <summary>The parameters of <see cref="TensorOrthogonal4Family"/>.</summary>
public sealed record TensorOrthogonal4Parameters
{
    /// <summary>Eq. 6 or Eq. 5.</summary>
    [Setting("objective", "ge (Eq. 6, Σ_{i≠j} T(u_i,u_i,u_j,u_j)) or frobenius (Eq. 5, ‖T − Σu_i^⊗4‖²)")]
    public OrthogonalTensorObjectiveForm Objective { get; init; } = OrthogonalTensorObjectiveForm.Ge;

    /// <summary>k, the number of components and of unit vectors; null = d.</summary>
    [Setting("components", "k, number of components and of unit vectors (auto = d)")]
    public int? Components { get; init; }

    /// <summary>λ_i: ones, or uniform in [1, 2].</summary>
    [Setting("weights", "λ_i: ones, or random (uniform in [1, 2])")]
    public PositiveWeights Weights { get; init; } = PositiveWeights.Ones;

    /// <summary>σ ≥ 0: additive symmetric noise with ‖E‖_F = σ.</summary>
    [Setting("noise", "σ ≥ 0: additive symmetric noise with ‖E‖_F = σ")]
    public double Noise { get; init; }

    /// <summary>How the noise is drawn.</summary>
    [Setting("noise_form", "dense (symmetrised Gaussian, d ≤ 16), low-rank (Σ ±g_l^⊗4, rank d), auto = dense for d ≤ 10")]
    public TensorNoiseForm NoiseForm { get; init; } = TensorNoiseForm.Auto;
}
