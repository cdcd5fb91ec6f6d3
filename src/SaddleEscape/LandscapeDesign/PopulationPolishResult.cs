using SaddleEscape.Landscape;

namespace SaddleEscape.LandscapeDesign;

/// <summary>Where <see cref="PopulationPolish"/> took an SGD end point, certified (Ge, Lee &amp; Ma 2018, Sec. 4, Fig. 1's reading).</summary>
/// <param name="Classification">The certificate of the polished point (ReLU's scaling symmetry makes every minimum degenerate).</param>
/// <param name="Risk">The exact population risk there.</param>
/// <param name="Error">e(Q) of Eq. 4.1 there.</param>
/// <param name="LambdaMin">λ_min of the Hessian there.</param>
/// <param name="Global">Whether the risk is at most <see cref="PopulationPolish.GlobalRisk"/> (a global minimum: the teacher is noiseless, f* = 0).</param>
public sealed record PopulationPolishResult(Classification Classification, double Risk, double Error, double LambdaMin, bool Global);
