using SaddleEscape.NeuralLift;
using SaddleEscape.Tensors;

namespace SaddleEscape.Tests;

/// <summary>The README's NN-LIFT example, verbatim (CodeTests/ReadmeTests checks that), with what it prints compared to the README.</summary>
[Collection("console")]
public sealed class ReadmeNeuralLiftExampleTests
{
    [Fact]
    public void TheReadmeExampleRunsAndPrintsWhatTheReadmeSays()
    {
        string output = ConsoleCapture.Run(() =>
        {
            Example();
        });

        Assert.Equal(ReadmeTests.ExpectedOutput("### NN-LIFT from the library"), output.TrimEnd());
    }

    private static void Example()
    {
        // README begin
        var problem = NeuralLiftProblem.Draw(dimension: 5, hidden: 3, seed: 2);
        var (x, y) = problem.Sample(20_000, "train");
        var (xTest, yTest) = problem.Sample(5_000, "test");
        var fit = NeuralLiftEstimator.Fit(problem.Density, x, y, hidden: 3, new NeuralLiftOptions(Bias: BiasMethod.ProfileLeastSquares), seed: 2);
        double error = ComponentMatching.Error(fit.Network.FirstLayer, problem.Teacher.FirstLayer, 5);
        Console.WriteLine($"test MSE {fit.Network.MeanSquaredError(xTest, yTest):F4} (noise floor {problem.Teacher.MeanSquaredError(xTest, yTest):F4}), first-layer error {error:F3}, re-whitened {fit.FirstLayer.Rewhitened}");
        // README end
    }
}
