using SaddleEscape.Landscape;

namespace SaddleEscape.LandscapeDesign;

/// <summary>What a <see cref="StagedSgd"/> run produced (Ge, Lee &amp; Ma 2018, Sec. 4).</summary>
/// <param name="X">The final iterate.</param>
/// <param name="Curve">Checkpoints, one per recorded iteration, ending at the final iterate.</param>
/// <param name="FinalValue">The problem's deterministic value at <paramref name="X"/> (validation risk for f and f′, population G).</param>
/// <param name="FinalError">e(Q) of Eq. 4.1 at <paramref name="X"/>.</param>
/// <param name="Certificate">The last stage's certificate of the final iterate (tolerances 1e-3 on ‖grad‖, 1e-6 on λ), when computed.</param>
/// <param name="SampleGradients">Sample gradients drawn over all stages (steps × batch).</param>
public sealed record StagedSgdResult(double[] X, IReadOnlyList<CurveCheckpoint> Curve, double FinalValue, double FinalError, Certificate? Certificate, long SampleGradients);
