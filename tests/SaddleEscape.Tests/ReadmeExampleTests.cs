using SaddleEscape.Experiments.Catalog;
using SaddleEscape.Landscape;
using SaddleEscape.Minimization;
using SaddleEscape.Optimizers;
using SaddleEscape.Problems;

namespace SaddleEscape.Tests;

/// <summary>The README's library example, verbatim, with assertions on what it prints.</summary>
public sealed class ReadmeExampleTests
{
    [Fact]
    public void TheReadmeExampleRunsAndEndsAtACertifiedMinimum()
    {
        var definition = ProblemCatalog.Get("quadratic-saddle");
        var problem = definition.Create(10, ["start=stable-manifold"], seed: 0);
        var pgd = new PerturbedGradientDescent(new PerturbedGradientDescentSettings(
            StepSize: problem.Instance.SuggestedStepSize, Radius: 0.01, GradientThreshold: 1e-6, ValueThreshold: 1e-7, EscapeWindow: 500));
        var result = Minimizer.Run(problem.Instance.CreateOracle(), problem.Instance.Manifold, pgd, problem.Instance.Start,
            new MinimizerOptions { Seed = 0, Stop = StoppingRule.AfterIterations(10_000) });
        Console.WriteLine($"{result.StopReason}: {result.Certificate!.Classification.Name()}, λ_min = {result.Certificate.LambdaMin}, escapes = {result.Escapes}");

        Assert.Equal("local-min", result.Certificate.Classification.Name());
        Assert.True(result.Escapes >= 1);
    }
}
