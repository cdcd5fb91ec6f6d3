namespace SaddleEscape.Optimizers;

/// <summary>An (approximate) global minimiser of the cubic model m(s) = gᵀs + ½sᵀHs + (σ/3)‖s‖³.</summary>
/// <param name="Step">s (a tangent vector, length n).</param>
/// <param name="ModelDecrease">−m(s) ≥ 0.</param>
/// <param name="Multiplier">μ = σ‖s‖, with (H + μI)s = −g and H + μI ⪰ 0 on the subspace searched.</param>
/// <param name="HardCase">Whether g had no component along the most negative curvature direction, so s = s_⊥ + τv with a free sign of τ.</param>
/// <param name="Alternative">In the hard case, the other global minimiser s_⊥ − τv (same model value); otherwise null.</param>
/// <param name="LowestCurvature">The smallest eigenvalue of H on the subspace searched.</param>
public sealed record CubicStep(double[] Step, double ModelDecrease, double Multiplier, bool HardCase, double[]? Alternative, double LowestCurvature);
