namespace SaddleEscape.Networks;

/// <summary>μ and λ of Ge, Lee &amp; Ma's designed objective G (Ge, Lee &amp; Ma 2018 Eq. 2.7).</summary>
/// <param name="Mu">μ, weight of the single-vector term (Thm. 2.3: μ ≤ c/κ*).</param>
/// <param name="Lambda">λ, weight of the norm penalty Σ(‖b_i‖² − 1)² (Thm. 2.3: λ ≥ 1/(c·a*_min)).</param>
public sealed record DesignedObjectiveSettings(double Mu = 0.1, double Lambda = 10);
