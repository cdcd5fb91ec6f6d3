using SaddleEscape.Manifolds;
using SaddleEscape.Minimization;
using SaddleEscape.Optimizers;
using SaddleEscape.Problems;
using SaddleEscape.Torch.Optim;
using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace SaddleEscape.Tests.Torch;

/// <summary>The TorchSharp optimisers follow the core library's trajectories on the quadratic saddle given the same noise.</summary>
public sealed class TorchOptimizerTests
{
    private static readonly double[] Lambda = [-1, 0.5, 1, 2, 3];
    private const double Mu = 0.5;

    private static Tensor Loss(Parameter x)
    {
        using var l = tensor(Lambda, ScalarType.Float64);
        var r2 = x.square().sum();
        return (0.5 * (l * x.square()).sum()) + (0.25 * Mu * r2 * r2);
    }

    private static Parameter Start(double[] x0) => new(tensor(x0, ScalarType.Float64), requires_grad: true);

    private static double[] Values(Parameter p) => p.detach().data<double>().ToArray();

    /// <summary>Core draws: the same calls the core optimiser makes on its Random(seed), replayed.</summary>
    private static IEnumerable<double[]> CoreDraws(int seed, int count, Action<Random, double[]> draw)
    {
        var random = new Random(seed);
        for (int k = 0; k < count; k++)
        {
            var xi = new double[Lambda.Length];
            draw(random, xi);
            yield return xi;
        }
    }

    [Fact]
    public void PerturbedSgdFollowsTheCoreTrajectoryGivenTheSameNoise()
    {
        const int steps = 200, seed = 4;
        const double lr = 0.05, r = 0.3;
        double[] x0 = [1e-3, 0.4, -0.3, 0.2, 0.1];
        var core = new PerturbedStochasticGradientDescent(lr, r, 1, Lambda.Length);
        var result = Minimizer.Run(new SaddleEscape.Objectives.Oracle(new QuadraticSaddle(Lambda, Mu)), new Euclidean(Lambda.Length), core, x0,
            new MinimizerOptions { Seed = seed, Stop = StoppingRule.AfterIterations(steps) });

        var x = Start(x0);
        var euclidean = new Euclidean(Lambda.Length);
        using var opt = new PerturbedSGD([new ParamGroup { Parameters = [x] }], lr, r,
            new ReplayNoise(PerturbationKind.Gaussian, CoreDraws(seed, steps, (rnd, xi) => TangentNoise.Gaussian(euclidean, x0, r / Math.Sqrt(Lambda.Length), rnd, xi))));
        for (int t = 0; t < steps; t++)
        {
            opt.zero_grad();
            using var loss = Loss(x);
            loss.backward();
            opt.step();
        }

        var torchX = Values(x);
        for (int i = 0; i < x0.Length; i++)
        {
            Assert.Equal(result.X[i], torchX[i], 12);
        }

        Assert.True(Math.Abs(torchX[0]) > 0.5, "escaped the saddle along e₁");
    }

    [Fact]
    public void PerturbedGdFollowsTheCoreTrajectoryIncludingItsReturn()
    {
        const int seed = 9;
        var settings = new PerturbedGradientDescentSettings(0.05, 0.01, 1e-3, 1e-4, 50, StopOnFailedEscape: true);
        double[] x0 = [0, 0.3, -0.2, 0.1, 0.05]; // on the saddle's stable manifold: GD alone never escapes
        var result = Minimizer.Run(new SaddleEscape.Objectives.Oracle(new QuadraticSaddle(Lambda, Mu)), new Euclidean(Lambda.Length),
            new PerturbedGradientDescent(settings), x0, new MinimizerOptions { Seed = seed, Stop = StoppingRule.AfterIterations(3000) });

        var x = Start(x0);
        var euclidean = new Euclidean(Lambda.Length);
        var noise = new ReplayNoise(PerturbationKind.Ball, CoreDraws(seed, 50, (rnd, xi) => TangentNoise.UniformInBall(euclidean, x0, settings.Radius, rnd, xi)));
        using var opt = new PerturbedGD([new ParamGroup { Parameters = [x] }], settings.StepSize!.Value, settings.Radius, settings.GradientThreshold, settings.ValueThreshold, settings.EscapeWindow!.Value, noise);
        for (int t = 0; t < 3000 && !opt.Finished; t++)
        {
            opt.step(() =>
            {
                opt.zero_grad();
                var loss = Loss(x);
                loss.backward();
                return loss;
            });
        }

        Assert.True(opt.Finished, "the escape from the minimum fails and Alg. 1 returns x̃");
        Assert.Equal("pgd-returned-x-tilde", result.StopReason.Name);
        Assert.True(noise.Used >= 2, $"perturbations: {noise.Used}");
        var torchX = Values(x);
        for (int i = 0; i < x0.Length; i++)
        {
            Assert.Equal(result.X[i], torchX[i], 10);
        }

        Assert.InRange(Math.Abs(torchX[0]), Math.Sqrt(1 / Mu) - 1e-3, Math.Sqrt(1 / Mu) + 1e-3);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void PerturbedAgdFollowsTheCoreTrajectory(bool nce)
    {
        const int seed = 5, steps = 400;
        // The core run keeps going after a failed escape, as the training-loop optimiser does (it has no termination).
        var settings = new PerturbedAcceleratedGradientDescentSettings(0.05, 0.2, 0.5, 0.05, 0.01, 1e-3, 40, 1e-4, nce, StopOnFailedEscape: false);
        double[] x0 = [0, 0.3, -0.2, 0.1, 0.05];
        var core = new PerturbedAcceleratedGradientDescent(settings);
        var result = Minimizer.Run(new SaddleEscape.Objectives.Oracle(new QuadraticSaddle(Lambda, Mu)), new Euclidean(Lambda.Length), core, x0,
            new MinimizerOptions { Seed = seed, Stop = StoppingRule.AfterIterations(steps) });

        var x = Start(x0);
        var euclidean = new Euclidean(Lambda.Length);
        var noise = new ReplayNoise(PerturbationKind.Ball, CoreDraws(seed, 40, (rnd, xi) => TangentNoise.UniformInBall(euclidean, x0, settings.Radius, rnd, xi)));
        using var opt = new PerturbedAGD([new ParamGroup { Parameters = [x] }], settings.StepSize!.Value, settings.Theta, settings.Gamma!.Value, settings.S, settings.Radius, settings.GradientThreshold, settings.Interval!.Value, noise, nce);
        for (int t = 0; t < steps; t++)
        {
            opt.step(() =>
            {
                opt.zero_grad();
                var loss = Loss(x);
                loss.backward();
                return loss;
            });
        }

        Assert.True(noise.Used >= 1, "it perturbed off the stable manifold");
        Assert.Equal(nce, opt.NegativeCurvatureSteps > 0);
        var torchX = Values(x);
        for (int i = 0; i < x0.Length; i++)
        {
            Assert.Equal(result.X[i], torchX[i], 10);
        }

        Assert.True(Math.Abs(torchX[0]) > 1, $"escaped along e₁: {torchX[0]}");
    }

    [Fact]
    public void PerturbedAgdHonoursEachGroupsLearningRate()
    {
        // f = ½(a² + b²), θ = 1 (no momentum), no NCE, no perturbation: one step is x ← x − η_group·x per group.
        using var a = new Parameter(tensor(new[] { 2.0 }, dtype: ScalarType.Float64));
        using var b = new Parameter(tensor(new[] { 3.0 }, dtype: ScalarType.Float64));
        var noise = new PerturbationNoise(PerturbationKind.Ball, 1);
        using var opt = new PerturbedAGD(
            [new ParamGroup { Parameters = [a], Options = new OptimizerOptions { LearningRate = 0.1 } }, new ParamGroup { Parameters = [b], Options = new OptimizerOptions { LearningRate = 0.01 } }],
            0.5, theta: 1, gamma: 0, s: 0.1, radius: 0, gradientThreshold: 0, interval: 1_000_000, noise, negativeCurvatureExploitation: false);
        opt.step(() =>
        {
            opt.zero_grad();
            var loss = (0.5 * a.square().sum()) + (0.5 * b.square().sum());
            loss.backward();
            return loss;
        });
        Assert.Equal(2.0 * 0.9, a.ToDouble(), 12);
        Assert.Equal(3.0 * 0.99, b.ToDouble(), 12);
    }

    [Fact]
    public void NoiseHasTheStatedSizeAndSameSeedsGiveSameBits()
    {
        using var a = new Parameter(zeros(300, 4, dtype: ScalarType.Float64));
        using var b = new Parameter(zeros(37, dtype: ScalarType.Float64));
        Tensor[] outs = [zeros(300, 4, dtype: ScalarType.Float64), zeros(37, dtype: ScalarType.Float64)];
        double Norm() => Math.Sqrt(outs.Sum(t => t.square().sum().ToDouble()));

        new PerturbationNoise(PerturbationKind.Sphere, 1).Sample(outs, 0.7);
        Assert.Equal(0.7, Norm(), 12);
        new PerturbationNoise(PerturbationKind.Ball, 1).Sample(outs, 0.7);
        Assert.True(Norm() <= 0.7 + 1e-12);
        var mean = new List<double>();
        for (int s = 0; s < 20; s++)
        {
            new PerturbationNoise(PerturbationKind.Gaussian, s).Sample(outs, 0.7);
            mean.Add(Norm() * Norm());
        }

        // E‖ξ‖² = r² for ξ ~ N(0, r²/d·I); d = 1237, so each draw is within a few % of it.
        Assert.InRange(mean.Average(), 0.49 * 0.97, 0.49 * 1.03);
        var first = new double[1200];
        new PerturbationNoise(PerturbationKind.Gaussian, 5).Sample(outs, 1);
        outs[0].data<double>().CopyTo(first);
        new PerturbationNoise(PerturbationKind.Gaussian, 5).Sample(outs, 1);
        Assert.Equal(first, outs[0].data<double>().ToArray());
    }

    /// <summary>The base noise class draws ξ on the generator's own thread only when the last one is used up.</summary>
    private sealed class DrawWhenAsked(PerturbationKind kind, long seed) : PerturbationNoise(kind, seed)
    {
        public override bool SupportsPrefetch => false;
    }

    [Fact]
    public void PrefetchedNoiseGivesTheSameBitsAsNoiseDrawnWhenAsked()
    {
        // PSGD draws the next ξ on a worker thread while the caller computes the next gradient; the trajectory must be
        // bit-identical to drawing each ξ at its step (two parameter tensors, 60 steps, r large enough to matter).
        double[] Train(PerturbationNoise noise)
        {
            var x = Start([1e-3, 0.4, -0.3, 0.2, 0.1]);
            using var y = new Parameter(tensor(new double[] { 0.5, -0.5 }, ScalarType.Float64), requires_grad: true);
            using var opt = new PerturbedSGD([new ParamGroup { Parameters = [x, y] }], 0.05, 0.3, noise);
            for (int t = 0; t < 60; t++)
            {
                opt.zero_grad();
                using var loss = Loss(x) + y.square().sum();
                loss.backward();
                opt.step();
            }

            return [.. Values(x), .. Values(y)];
        }

        Assert.True(new PerturbationNoise(PerturbationKind.Gaussian, 8).SupportsPrefetch);
        // Prefetching needs a core beside torch's intra-op threads.
        int threads = get_num_threads();
        double[] prefetched;
        try
        {
            set_num_threads(Math.Max(1, Environment.ProcessorCount - 1));
            prefetched = Train(new PerturbationNoise(PerturbationKind.Gaussian, 8));
        }
        finally
        {
            set_num_threads(threads);
        }

        var asked = Train(new DrawWhenAsked(PerturbationKind.Gaussian, 8));
        Assert.Equal(asked, prefetched);
        Assert.NotEqual(asked, Train(new DrawWhenAsked(PerturbationKind.Gaussian, 9)));
    }

    [Fact]
    public void LearningRateSchedulersDriveTheGroups()
    {
        var x = Start([1.0, 1, 1, 1, 1]);
        using var opt = SaddleOptim.PSGD([x], lr: 0.1, r: 0.0, seed: 0);
        var scheduler = TorchSharp.torch.optim.lr_scheduler.StepLR(opt, 1, 0.5);
        for (int t = 0; t < 3; t++)
        {
            opt.zero_grad();
            using var loss = Loss(x);
            loss.backward();
            opt.step();
            scheduler.step();
        }

        Assert.Equal(0.1 / 8, opt.ParamGroups.Single().LearningRate, 15);
    }
}
