namespace SaddleEscape.LandscapeDesign;

/// <summary>A checkpoint of a <see cref="StagedSgd"/> run (the curves of Ge, Lee &amp; Ma 2018, Sec. 4, Fig. 1–4).</summary>
/// <param name="Iteration">SGD steps so far, over all stages.</param>
/// <param name="Risk">The problem's deterministic value there: the validation risk (f, f′) or the population G.</param>
/// <param name="Error">e(Q) of Ge, Lee &amp; Ma 2018 Eq. 4.1 (the problem's recovery error) there.</param>
public sealed record CurveCheckpoint(long Iteration, double Risk, double Error);
