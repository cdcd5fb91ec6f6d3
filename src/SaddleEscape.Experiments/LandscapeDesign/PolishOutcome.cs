namespace SaddleEscape.Experiments.LandscapeDesign;

/// <summary>Where GD on the exact ReLU population risk goes from an SGD end point, certified by HVPs.</summary>
/// <param name="Verdict">"global (strict)", "global (degenerate)", "spurious local-min", "non-global second-order point (degenerate)", or a certificate name.</param>
/// <param name="Risk">Population risk there.</param>
/// <param name="Error">e(Q) there.</param>
/// <param name="LambdaMin">λ_min there.</param>
/// <param name="Global">Whether the risk is ≤ 1e-6 (a global minimum).</param>
public sealed record PolishOutcome(string Verdict, double Risk, double Error, double LambdaMin, bool Global);
