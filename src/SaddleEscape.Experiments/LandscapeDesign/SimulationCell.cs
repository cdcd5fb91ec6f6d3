namespace SaddleEscape.Experiments.LandscapeDesign;

/// <summary>The runs of one simulated setting, summarised.</summary>
/// <param name="Setting">The setting.</param>
/// <param name="Runs">Its runs.</param>
/// <param name="Recovered">Runs with final e(Q) ≤ 0.05.</param>
/// <param name="MedianError">Median final e(Q).</param>
/// <param name="ErrorQ1">First quartile.</param>
/// <param name="ErrorQ3">Third quartile.</param>
/// <param name="MedianRisk">Median final risk.</param>
/// <param name="RiskQ1">First quartile of the risk.</param>
/// <param name="RiskQ3">Third quartile of the risk.</param>
/// <param name="Certificates">Certificate of the final points: name → count.</param>
/// <param name="PolishedGlobal">Polished end points at a global minimum (null when not polished).</param>
public sealed record SimulationCell(
    LandscapeDesignSetting Setting, IReadOnlyList<SimulationRecord> Runs, int Recovered, double MedianError, double ErrorQ1, double ErrorQ3,
    double MedianRisk, double RiskQ1, double RiskQ3, IReadOnlyDictionary<string, int> Certificates, int? PolishedGlobal);
