using SaddleEscape.LandscapeDesign;

namespace SaddleEscape.Experiments.LandscapeDesign;

/// <summary>One simulated run (Ge, Lee &amp; Ma 2018, Sec. 4): checkpoints and the final values.</summary>
/// <param name="Key">Setting key.</param>
/// <param name="Seed">Seed.</param>
/// <param name="Curve">Checkpoints.</param>
/// <param name="FinalError">Final e(Q).</param>
/// <param name="FinalRisk">Final validation risk (f, f′) or population G.</param>
/// <param name="Classification">Certificate of the final point (validation / population objective).</param>
/// <param name="SampleGradients">Sample gradients drawn (steps × batch).</param>
/// <param name="Polished">For ReLU f: where GD on the exact population risk goes from the end point; null otherwise.</param>
/// <param name="OutputWeightError">For f′ and G: ‖a − a*‖/‖a*‖ of App. D's recovery from the final B (rows normalised, fresh samples); null otherwise.</param>
/// <param name="StepSize">η₀ of the run.</param>
public sealed record SimulationRecord(string Key, int Seed, IReadOnlyList<CurveCheckpoint> Curve, double FinalError, double FinalRisk, string Classification, long SampleGradients, PolishOutcome? Polished,
    double? OutputWeightError = null, double StepSize = double.NaN) : LandscapeDesignRecord;
