namespace SaddleEscape.Experiments.LandscapeDesign;

/// <summary>One simulated setting of Ge, Lee &amp; Ma 2018, Sec. 4 (one of Fig. 1–4).</summary>
/// <param name="Key">Short name for <c>--only</c>: f-relu, f-sigmoid, fprime, G.</param>
/// <param name="Label">Figure label, e.g. "f, ReLU (Fig. 1)".</param>
/// <param name="Problem">Catalogue problem.</param>
/// <param name="ProblemSettings">Its --set items.</param>
/// <param name="BatchSize">Fresh samples per SGD step.</param>
/// <param name="StepSize">Initial step size η₀.</param>
/// <param name="Polish">Whether each end point is polished on the exact population risk (ReLU f, whose closed form we have).</param>
public sealed record LandscapeDesignSetting(string Key, string Label, string Problem, IReadOnlyList<string> ProblemSettings, int BatchSize, double StepSize, bool Polish = false);
