namespace SaddleEscape.Optimizers;

/// <summary>
/// An optimiser's parameters as built (after defaults, problem recommendations and theory formulas): what
/// <see cref="Optimizer.Settings"/> returns and what run summaries report. Every implementation is a record whose
/// <c>Validate</c> throws one clear message naming the first invalid parameter.
/// </summary>
public interface IOptimizerSettings;
