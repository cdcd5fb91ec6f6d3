using SaddleEscape.Landscape;

namespace SaddleEscape.LandscapeDesign;

/// <summary>App. F's point of Ge, Lee &amp; Ma 2018 certified for a* = (1, a, a, a) (<see cref="SpuriousPointProbe"/>).</summary>
/// <param name="A">a (the three larger output weights).</param>
/// <param name="Value">P′ at the point (ordered pairs; a global minimum has P′ = 0).</param>
/// <param name="GradientNorm">Riemannian gradient norm.</param>
/// <param name="LambdaMin">Smallest Riemannian Hessian eigenvalue.</param>
/// <param name="Classification">Certificate.</param>
/// <param name="LowestNearbyDescent">Lowest P′ reached by GD from random points near it: equal to <paramref name="Value"/> when every start was pulled back.</param>
public sealed record SpuriousPointOutcome(double A, double Value, double GradientNorm, double LambdaMin, Classification Classification, double LowestNearbyDescent);
