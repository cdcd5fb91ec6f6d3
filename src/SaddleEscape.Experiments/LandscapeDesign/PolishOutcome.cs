using SaddleEscape.Landscape;
using SaddleEscape.LandscapeDesign;

namespace SaddleEscape.Experiments.LandscapeDesign;

/// <summary>Where GD on the exact ReLU population risk goes from an SGD end point, certified by HVPs (<see cref="PopulationPolish"/>).</summary>
/// <param name="Verdict">"global (strict)", "global (degenerate)", "spurious local-min", "non-global second-order point (degenerate)", or a certificate name.</param>
/// <param name="Risk">Population risk there.</param>
/// <param name="Error">e(Q) there.</param>
/// <param name="LambdaMin">λ_min there.</param>
/// <param name="Global">Whether the risk is ≤ 1e-6 (a global minimum).</param>
public sealed record PolishOutcome(string Verdict, double Risk, double Error, double LambdaMin, bool Global)
{
    /// <summary>
    /// The outcome of <paramref name="result"/>, named: ReLU's scaling symmetry makes every minimum degenerate, so
    /// second-order information alone cannot say "minimum"; the value (global or not) names it.
    /// </summary>
    public static PolishOutcome From(PopulationPolishResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        string verdict = result.Classification switch
        {
            Classification.LocalMinimum => result.Global ? "global (strict)" : "spurious local-min",
            Classification.Degenerate => result.Global ? "global (degenerate)" : "non-global second-order point (degenerate)",
            _ => result.Classification.Name(),
        };
        return new PolishOutcome(verdict, result.Risk, result.Error, result.LambdaMin, result.Global);
    }
}
