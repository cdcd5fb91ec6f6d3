using SaddleEscape.NeuralLift;

namespace SaddleEscape.Tests.NeuralLift;

public sealed class ReadoutAndBiasTests
{
    [Fact]
    public void RidgeWithoutPenaltyRecoversExactCoefficients()
    {
        var problem = NeuralLiftProblem.Draw(4, 3, seed: 2, noiseStd: 0);
        var (x, y) = problem.Sample(2_000, "train");
        var features = RidgeReadout.Features(x, problem.Teacher.FirstLayer, problem.Teacher.Biases);
        var beta = RidgeReadout.Fit(features, y, 0);
        for (int j = 0; j < 3; j++)
        {
            Assert.Equal(problem.Teacher.OutputWeights[j], beta[j], 1e-6);
        }

        Assert.Equal(problem.Teacher.OutputBias, beta[3], 1e-6);
        Assert.True(RidgeReadout.Fit(features, y, 10).Take(3).Sum(Math.Abs) < beta.Take(3).Sum(Math.Abs), "a large penalty must shrink a₂");
    }

    [Fact]
    public void ProfileSearchFindsTheBiasesGivenTheDirections()
    {
        // Noiseless labels and exact directions: the search on a 0.01 grid finds b₁ to within 0.005 (the last grid step is 0.001; up to the sign the direction's sign convention gives).
        var problem = NeuralLiftProblem.Draw(4, 3, seed: 5, noiseStd: 0);
        var (x, y) = problem.Sample(4_000, "train");
        var biases = ProfileBiasSearch.Search(x, y, problem.Teacher.FirstLayer, 3, penalty: 1e-10);
        for (int j = 0; j < 3; j++)
        {
            Assert.True(Math.Abs(biases[j] - problem.Teacher.Biases[j]) <= 0.005, $"b₁[{j}] = {biases[j]} vs {problem.Teacher.Biases[j]}");
        }
    }

    [Fact]
    public void NetworkLossGradientMatchesFiniteDifferences()
    {
        var problem = NeuralLiftProblem.Draw(3, 2, seed: 1);
        var (x, y) = problem.Sample(50, "train");
        var loss = new TwoLayerNetworkLoss(3, 2);
        var theta = loss.Pack(problem.Teacher).Select((v, i) => v + (0.1 * Math.Sin(i + 1))).ToArray();
        var indices = Enumerable.Range(0, 50).ToArray();
        var gradient = new double[loss.ParameterCount];
        var scratch = new double[loss.ParameterCount];
        double value = loss.ValueAndGradient(theta, x, y, indices, gradient);
        Assert.Equal(loss.Unpack(theta).MeanSquaredError(x, y), value, 1e-12);
        const double h = 1e-6;
        for (int i = 0; i < theta.Length; i++)
        {
            var plus = (double[])theta.Clone();
            var minus = (double[])theta.Clone();
            plus[i] += h;
            minus[i] -= h;
            double fd = (loss.ValueAndGradient(plus, x, y, indices, scratch) - loss.ValueAndGradient(minus, x, y, indices, scratch)) / (2 * h);
            Assert.True(Math.Abs(fd - gradient[i]) <= 1e-7 * Math.Max(1, Math.Abs(fd)), $"∂/∂θ[{i}]: {gradient[i]} vs finite differences {fd}");
        }
    }

    [Fact]
    public void BackpropagationReachesTheNoiseFloorOnASmallTeacher()
    {
        // d = 3, k = 2, label noise σ = 0.1: the test error must be within 20% of the noise floor σ² = 0.01 and far below Var(y).
        var problem = NeuralLiftProblem.Draw(3, 2, seed: 4, noiseStd: 0.1);
        var (x, y) = problem.Sample(4_000, "train");
        var (xt, yt) = problem.Sample(4_000, "test");
        var fit = BackpropagationTrainer.Train(x, y, 3, 2, new BackpropagationOptions(), seed: 4);
        double mse = fit.Network.MeanSquaredError(xt, yt);
        double variance = yt.Select(v => v - yt.Average()).Sum(v => v * v) / yt.Length;
        Assert.True(mse <= 1.2 * 0.01, $"test MSE {mse} (Var y = {variance})");
        var again = BackpropagationTrainer.Train(x, y, 3, 2, new BackpropagationOptions(), seed: 4);
        Assert.Equal(fit.Network.FirstLayer.ToArray(), again.Network.FirstLayer.ToArray());
    }

    [Fact]
    public void NeuralLiftEndToEndBeatsTheConstantPredictorAndIsReproducible()
    {
        // d = 3, k = 2, n = 20 000 with profile least squares for b₁: test MSE below half of Var(y); same seed, same bits.
        var problem = NeuralLiftProblem.Draw(3, 2, seed: 3, noiseStd: 0.1);
        var (x, y) = problem.Sample(20_000, "train");
        var (xt, yt) = problem.Sample(5_000, "test");
        var options = new NeuralLiftOptions(Bias: BiasMethod.ProfileLeastSquares);
        var fit = NeuralLiftEstimator.Fit(problem.Density, x, y, 2, options, seed: 3);
        double mse = fit.Network.MeanSquaredError(xt, yt);
        double mean = yt.Average(), variance = yt.Sum(v => (v - mean) * (v - mean)) / yt.Length;
        Assert.True(mse < 0.5 * variance, $"test MSE {mse} vs Var(y) {variance}");
        var again = NeuralLiftEstimator.Fit(problem.Density, x, y, 2, options, seed: 3);
        Assert.Equal(fit.Network.FirstLayer.ToArray(), again.Network.FirstLayer.ToArray());
        Assert.Equal(fit.Network.Biases.ToArray(), again.Network.Biases.ToArray());
    }

    [Fact]
    public void BadInputIsRejectedWithClearErrors()
    {
        var problem = NeuralLiftProblem.Draw(3, 2, seed: 1);
        var (x, y) = problem.Sample(100, "train");
        var tooMany = Assert.Throws<ArgumentOutOfRangeException>(() => NeuralLiftEstimator.Fit(problem.Density, x, y, 4, new NeuralLiftOptions(), 1));
        Assert.Contains("k ≤ d", tooMany.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => NeuralLiftEstimator.Fit(problem.Density, x.AsSpan(1).ToArray(), y, 2, new NeuralLiftOptions(), 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => new NeuralLiftOptions(FourierRadius: 0).Validate());
        Assert.Throws<ArgumentException>(() => new DiagonalGaussianMixture([0.5, 0.6], [0, 0], [1, 1]));
    }
}
