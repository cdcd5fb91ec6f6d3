namespace SaddleEscape.Experiments.SaddleBench;

/// <summary>A fitted growth: cost against d on the octopus, or against 1/ε, beside the theory where there is one.</summary>
/// <param name="Solver">Solver.</param>
/// <param name="Quantity">What was fitted, in words.</param>
/// <param name="X">The abscissae used (d, or 1/ε).</param>
/// <param name="Cost">Median cost at each (+∞ where the median run missed).</param>
/// <param name="Slope">Least-squares slope: of ln cost on d (the exponential rate) for the octopus, of ln cost on ln(1/ε) for ε.</param>
/// <param name="Degree">For the octopus: the slope of ln cost on ln d (the polynomial degree); NaN otherwise.</param>
/// <param name="Theory">The theory's exponent (2 for PGD, 1.5 for cubic regularisation), or null.</param>
/// <param name="Statement">The verdict in words (decided by the analysis).</param>
public sealed record SaddleBenchFit(string Solver, string Quantity, IReadOnlyList<double> X, IReadOnlyList<double> Cost, double Slope, double Degree, double? Theory, string Statement);
