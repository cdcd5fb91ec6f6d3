using SaddleEscape.LandscapeDesign;
using SaddleEscape.Minimization;
using SaddleEscape.Numerics;
using SaddleEscape.Optimizers;
using SaddleEscape.Problems;

namespace SaddleEscape.Tests.LandscapeDesign;

public sealed class StagedSgdTests
{
    private static readonly StagedSgdSettings Schedule = new(StepSize: 1.0 / 160, BatchSize: 64, Plateau: 200, DecayEvery: 100, Stages: 2, CheckpointEvery: 50);

    /// <summary>G on fresh samples (d = 4, B* = I): the problem of Fig. 4, small.</summary>
    private static ProblemInstance Problem(int seed) =>
        new LandscapeDesignGFamily().Create(4, new LandscapeDesignGParameters { Teacher = TeacherFirstLayer.Identity, Oracle = ObjectiveOracle.Samples }, seed);

    /// <summary>
    /// The staged run is the paper's schedule and nothing else: the same iterate, bit for bit, as three plain SGD runs
    /// chained by hand at η₀, η₀/4 and η₀/16 for 200, 100 and 100 steps, each stage seeded with its own stream.
    /// </summary>
    [Fact]
    public void EqualsTheStagesRunByHandAtQuarteredSteps()
    {
        var instance = Problem(3);
        var staged = StagedSgd.Run(instance, Schedule, seed: 3);
        var x = instance.Start;
        long[] lengths = [200, 100, 100];
        double[] steps = [1.0 / 160, 1.0 / 640, 1.0 / 2560];
        for (int stage = 0; stage < 3; stage++)
        {
            x = Minimizer.Run(instance.CreateOracle(), instance.Manifold, new StochasticGradientDescent(steps[stage], 64), x, new MinimizerOptions
            {
                Seed = SeedStreams.Derive(3, "sgd-stage", stage),
                Stop = StoppingRule.AfterIterations(lengths[stage]),
                MonitorEvery = 50,
                Certificate = null,
            }).X;
        }

        Assert.Equal(x, staged.X);
        Assert.Equal(400 * 64, staged.SampleGradients);
    }

    /// <summary>One checkpoint per recorded iteration (0, 50, …, 400), in order, ending at the final point's value and e(Q); the certificate is the last stage's.</summary>
    [Fact]
    public void RecordsEachCheckpointOnceAndEndsAtTheFinalPoint()
    {
        var instance = Problem(1);
        var seen = new List<long>();
        var r = StagedSgd.Run(instance, Schedule, seed: 1, onCheckpoint: seen.Add);
        Assert.Equal(Enumerable.Range(0, 9).Select(i => 50L * i), r.Curve.Select(c => c.Iteration));
        Assert.Equal(r.FinalValue, r.Curve[^1].Risk);
        Assert.Equal(r.FinalError, r.Curve[^1].Error);
        Assert.Equal(instance.Objective.Value(r.X), r.FinalValue);
        Assert.Equal(instance.Truth!.RecoveryError(r.X), r.FinalError);
        Assert.NotNull(r.Certificate);
        Assert.Contains(400L, seen);
        Assert.True(r.Curve[^1].Risk < r.Curve[0].Risk, $"G fell from {r.Curve[0].Risk} to {r.Curve[^1].Risk}");
    }

    [Fact]
    public void SameSeedSameBitsAnotherSeedAnotherRun()
    {
        var a = StagedSgd.Run(Problem(2), Schedule, seed: 2);
        var b = StagedSgd.Run(Problem(2), Schedule, seed: 2);
        var c = StagedSgd.Run(Problem(2), Schedule, seed: 5);
        Assert.Equal(a.X, b.X);
        Assert.Equal(a.Curve, b.Curve);
        Assert.NotEqual(a.X, c.X);
    }

    [Theory]
    [InlineData(0.0, 64, 200, "step_size")]
    [InlineData(0.01, 0, 200, "batch_size")]
    [InlineData(0.01, 64, 0, "plateau")]
    public void InvalidSchedulesAreRejectedByName(double step, int batch, long plateau, string parameter)
    {
        var e = Assert.Throws<ArgumentException>(() => StagedSgd.Run(Problem(0), Schedule with { StepSize = step, BatchSize = batch, Plateau = plateau }, seed: 0));
        Assert.Contains(parameter, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TheScheduleQuartersTheStepAtEachStage()
    {
        Assert.Equal(400, Schedule.TotalIterations);
        Assert.Equal([1.0 / 160, 1.0 / 640, 1.0 / 2560], Enumerable.Range(0, 3).Select(Schedule.StepSizeAt));
        Assert.Equal([200L, 100, 100], Enumerable.Range(0, 3).Select(Schedule.LengthOf));
    }
}
