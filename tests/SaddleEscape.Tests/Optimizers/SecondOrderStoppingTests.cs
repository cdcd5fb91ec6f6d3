using SaddleEscape.Experiments.Catalog;
using SaddleEscape.Minimization;
using SaddleEscape.Optimizers;

namespace SaddleEscape.Tests.Optimizers;

public sealed class SecondOrderStoppingTests
{
    [Fact]
    public void TheSecondOrderRuleDoesNotStopAtASaddleWhoseNegativeCurvatureSixtyLanczosStepsMiss()
    {
        // d = 500: one eigenvalue −10⁻³ below 499 positive ones spread over [10⁻³, 1000]. After 60 Lanczos steps the smallest
        // Ritz value is still +1.7·10⁻⁴ (residual 0.22), so the old 60-step estimate saw no negative curvature and stopped GD,
        // started at the saddle (g = 0), as second-order stationary; the certificate's Lanczos finds −10⁻³ in 200 steps.
        var problem = ProblemCatalog.Get("quadratic-saddle").Create(500, ["gamma=0.001", "positive_min=0.001", "positive_max=1000"], seed: 0).Instance;
        var start = new double[500];
        var result = Minimizer.Run(problem.CreateOracle(), problem.Manifold, new GradientDescent(1e-3), start, new MinimizerOptions
        {
            Stop = StoppingRule.AtSecondOrderPoint(1e-10, 1e-6, checkInterval: 1) | StoppingRule.AfterIterations(3),
            Certificate = null,
        });
        Assert.Equal(StopCode.MaxIterations, result.StopReason.Code);
        Assert.Equal(0, result.Counts.HessianVectorProducts);
    }
}
