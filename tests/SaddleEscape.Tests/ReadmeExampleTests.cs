using SaddleEscape.Experiments.Catalog;
using SaddleEscape.Landscape;
using SaddleEscape.Minimization;
using SaddleEscape.Optimizers;

namespace SaddleEscape.Tests;

/// <summary>The README's library example, verbatim (CodeTests/ReadmeTests checks that), with what it prints compared to the README.</summary>
[Collection("console")]
public sealed class ReadmeExampleTests
{
    /// <summary>What the README says the example prints.</summary>
    public static string Printed { get; private set; } = "";

    [Fact]
    public void TheReadmeExampleRunsAndPrintsWhatTheReadmeSays()
    {
        string output = ConsoleCapture.Run(() =>
        {
            Example();
        });

        Printed = output.TrimEnd();
        Assert.Equal(ReadmeTests.ExpectedOutput(), Printed);
    }

    private static void Example()
    {
        // README begin
        var problem = ProblemCatalog.Get("quadratic-saddle").Create(10, ["start=stable-manifold"], seed: 0).Instance;
        var pgd = new PerturbedGradientDescent(new PerturbedGradientDescentSettings(
            StepSize: problem.SuggestedStepSize, Radius: 0.01, GradientThreshold: 1e-6, ValueThreshold: 1e-7, EscapeWindow: 500));
        var result = Minimizer.Run(problem.CreateOracle(), problem.Manifold, pgd, problem.Start, new MinimizerOptions
        {
            Seed = 0,
            // Stop the way `saddle run` stops a perturbed method: at a second-order point, or after 10 000 steps.
            Stop = StoppingRule.AfterIterations(10_000) | StoppingRule.AtSecondOrderPoint(1e-10, 1e-6),
        });
        Console.WriteLine($"{result.StopReason.Name} after {result.Iterations} iterations: {result.Certificate!.Classification.Name()}, λ_min = {result.Certificate.LambdaMin:G4}, escapes = {result.Escapes}");
        // README end
    }
}
