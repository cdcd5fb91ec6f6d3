using SaddleEscape.Experiments.Catalog;
using SaddleEscape.Landscape;
using SaddleEscape.Minimization;
using SaddleEscape.Optimizers;

namespace SaddleEscape.Experiments.Standalone;

/// <summary>A run made concrete and checked before it starts: the problem instance, the optimiser as built, the stopping rule and certificate.</summary>
/// <param name="Specification">What was asked.</param>
/// <param name="Problem">The problem instance.</param>
/// <param name="Optimizer">The optimiser as built.</param>
/// <param name="OptimizerOptions">Every option it was built from (given, recommended, defaults), for display and summaries.</param>
/// <param name="RecommendedAndUsed">The problem's recommended key=value items the user did not override.</param>
/// <param name="Start">The start point.</param>
/// <param name="StartDescription">Where the start came from.</param>
/// <param name="Stop">The stopping rule.</param>
/// <param name="Certificate">Certificate options.</param>
/// <param name="MonitorEvery">Monitoring interval.</param>
public sealed record PreparedRun(
    RunSpecification Specification, CatalogProblem Problem, Optimizer Optimizer, IReadOnlyDictionary<string, string> OptimizerOptions, IReadOnlyList<string> RecommendedAndUsed,
    double[] Start, string StartDescription, StoppingRule Stop, CertificateOptions Certificate, int MonitorEvery)
{
    /// <summary>The problem size (the <c>--dim</c> value) of the instance.</summary>
    public int Dimension => Problem.Instance.Size ?? Problem.Instance.Objective.Dimension;
}
