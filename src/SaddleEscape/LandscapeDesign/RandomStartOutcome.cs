using SaddleEscape.Landscape;

namespace SaddleEscape.LandscapeDesign;

/// <summary>Where GD from one random start on the population G ended (<see cref="PopulationGRandomStart"/>; Ge, Lee &amp; Ma 2018, Thm. 2.3).</summary>
/// <param name="Seed">Teacher and start seed.</param>
/// <param name="Error">e(Q) of Eq. 4.1 at the end point.</param>
/// <param name="Classification">Its certificate.</param>
/// <param name="Iterations">GD steps taken.</param>
/// <param name="LambdaMin">Smallest Hessian eigenvalue at the end point.</param>
public sealed record RandomStartOutcome(int Seed, double Error, Classification Classification, long Iterations, double LambdaMin);
