using SaddleEscape.Experiments.Reporting;

namespace SaddleEscape.Experiments.Torch.Spectra;

/// <summary>What the spectra analysis found.</summary>
/// <param name="Settings">The settings run.</param>
/// <param name="Runs">Every spectrum.</param>
/// <param name="CriticalValues">Deep-linear: the closed-form critical values f* + (1/2N)Σ_{i∈T}σ_i², T ⊆ {1…d}, ascending.</param>
/// <param name="MatchedValues">Deep-linear: critical points whose energy is within 1e-8 of a closed-form value, and all polished ones.</param>
/// <param name="ZeroPoint">Deep-linear: the Hessian's extreme eigenvalues and nullity at θ = 0 (a critical point; degenerate for K ≥ 3).</param>
/// <param name="Verdicts">Each claim's outcome with the numbers and the rule that decided it (<see cref="SpectraVerdicts"/>; the report only renders them).</param>
public sealed record SpectraSummary(
    SpectraSettings Settings, IReadOnlyList<SpectraRecord> Runs, IReadOnlyList<double> CriticalValues, (int Matched, int All) MatchedValues,
    (double Min, double Max, int Nullity, int Dimension) ZeroPoint, IReadOnlyList<ClaimVerdict> Verdicts)
{
    /// <summary>The deep-linear starts, in job order.</summary>
    public IReadOnlyList<SpectraDeepLinearRecord> DeepLinear => [.. Runs.OfType<SpectraDeepLinearRecord>()];

    /// <summary>The critical points the deep-linear starts were polished to, in job order.</summary>
    public IReadOnlyList<DeepLinearCriticalPoint> Polished => [.. DeepLinear.Select(r => r.Point).OfType<DeepLinearCriticalPoint>()];

    /// <summary>The MLP end points, in job order (empty when the MLP part did not run).</summary>
    public IReadOnlyList<SpectraMlpRecord> Mlp => [.. Runs.OfType<SpectraMlpRecord>()];
}
