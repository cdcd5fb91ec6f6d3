using SaddleEscape.Experiments.Catalog;
using SaddleEscape.Landscape;
using SaddleEscape.Minimization;
using SaddleEscape.Optimizers;
using SaddleEscape.Problems;

namespace SaddleEscape.Tests.Optimizers;

public sealed class QuadraticSaddleEscapeTests
{
    private static (CatalogProblem Problem, MinimizationResult Result) Run(string optimizer, int seed, StoppingRule stop, params string[] opts)
    {
        var def = ProblemCatalog.Get("quadratic-saddle");
        var problem = def.Create(10, ["start=stable-manifold"], seed);
        var opt = OptimizerCatalog.Get(optimizer).Create(opts, problem);
        var result = Minimizer.Run(problem.Instance.CreateOracle(), problem.Instance.Manifold, opt, problem.Instance.Start, new MinimizerOptions
        {
            Seed = seed,
            Stop = stop,
        });
        return (problem, result);
    }

    [Fact]
    public void GradientDescentFromTheStableManifoldConvergesToTheSaddle()
    {
        var (problem, result) = Run("gd", 3, StoppingRule.AfterIterations(20_000) | StoppingRule.WhenGradientNormBelow(1e-10));
        Assert.Equal("gradient-tolerance", result.StopReason.Name);
        Assert.NotNull(result.Certificate);
        Assert.Equal(Classification.StrictSaddle, result.Certificate!.Classification);
        Assert.Equal(-1.0, result.Certificate.LambdaMin, 6);
        Assert.True(problem.Instance.Truth!.RecoveryError(result.X) > 0.9, "GD should sit at the saddle, distance 1 from the minimisers");
    }

    [Fact]
    public void PerturbedGradientDescentEscapesAndCertifiesALocalMinimum()
    {
        // Only an iteration cap: PGD ends by its own rule (a failed escape returns x̃), one automatic t_thres after its last
        // perturbation at the minimum: t_thres = 202 689 here (η = 0.0594, ρ = 1, g_thres = 10⁻⁶), 203 280 iterations in all.
        var (problem, result) = Run("pgd", 3, StoppingRule.AfterIterations(1_000_000));
        Assert.Equal("pgd-returned-x-tilde", result.StopReason.Name);
        Assert.True(result.Escapes >= 1, $"escapes = {result.Escapes}");
        Assert.Equal(Classification.LocalMinimum, result.Certificate!.Classification);
        Assert.True(problem.Instance.Truth!.RecoveryError(result.X) < 1e-5, $"recovery error {problem.Instance.Truth.RecoveryError(result.X)}");
        Assert.Equal(problem.Instance.Truth.GlobalMinimum!.Value, result.FinalValue, 9);
    }
}
