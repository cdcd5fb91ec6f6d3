using SaddleEscape.Landscape;
using SaddleEscape.LandscapeDesign;
using SaddleEscape.Problems;

namespace SaddleEscape.Tests.LandscapeDesign;

public sealed class PopulationProceduresTests
{
    /// <summary>
    /// Polishing a point near the teacher (a*, B*) = (1, I) at d = 3 on the exact ReLU risk reaches the global minimum
    /// (risk ≤ 1e-6; e(Q) from about 5e-3 to ≤ 1e-4); ReLU's scaling symmetry leaves a flat direction per hidden unit, so λ_min ≈ 0.
    /// </summary>
    [Fact]
    public void PolishNearTheTeacherReachesTheGlobalMinimum()
    {
        const int d = 3;
        var instance = new LandscapeDesignFFamily().Create(d, new LandscapeDesignFParameters { Teacher = TeacherFirstLayer.Identity }, seed: 0);
        var random = new Random(7);
        var start = new double[d * (1 + d)];
        for (int i = 0; i < d; i++)
        {
            start[i] = 1 + (0.05 * (random.NextDouble() - 0.5));
            start[d + (i * d) + i] = 1;
        }

        for (int k = d; k < start.Length; k++)
        {
            start[k] += 0.2 * (random.NextDouble() - 0.5);
        }

        var r = PopulationPolish.Run(instance, SimulationTeacher.Create(d), start, seed: 0);
        Assert.True(r.Global, $"risk {r.Risk}");
        Assert.True(r.Risk <= 1e-6 && r.Error <= 1e-4, $"risk {r.Risk}, e(Q) {r.Error}");
        Assert.True(Math.Abs(r.LambdaMin) <= 1e-3, $"λ_min {r.LambdaMin}");
        Assert.True(instance.Truth!.RecoveryError(start) > 1e-3, $"the start is already at B* (e(Q) {instance.Truth.RecoveryError(start)})");
    }

    /// <summary>App. D's Alg. 1 on the true B* (rows rescaled, a sign flipped) recovers a* = 1 to sampling error; on a B rotated by 45° in one plane the error is the exact √(((√2 − 1)² + 1)/4) ≈ 0.541.</summary>
    [Fact]
    public void OutputWeightRecoveryMeasuresTheFirstLayer()
    {
        const int d = 4;
        var b = new double[d * d];
        for (int i = 0; i < d; i++)
        {
            b[(i * d) + i] = i == 2 ? -3 : 2;
        }

        Assert.True(OutputWeightRecovery.RelativeError(b, d, seed: 1) <= 0.01, $"error {OutputWeightRecovery.RelativeError(b, d, seed: 1)}");
        double h = Math.Sqrt(0.5);
        double[] rotated = [h, h, 0, 0, h, -h, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1];
        double exact = Math.Sqrt((Math.Pow(Math.Sqrt(2) - 1, 2) + 1) / d);
        Assert.Equal(exact, OutputWeightRecovery.RelativeError(rotated, d, seed: 1), 0.02);
        Assert.Equal(OutputWeightRecovery.RelativeError(rotated, d, seed: 1), OutputWeightRecovery.RelativeError(rotated, d, seed: 1));
        Assert.Throws<ArgumentException>(() => OutputWeightRecovery.RelativeError(new double[d * (d + 1)], d, seed: 1));
    }

    /// <summary>Thm. 2.3 from one random start (d = 4): GD on the population G ends at a certified local minimum with e(Q) ≤ 1e-3; same seed, same outcome.</summary>
    [Fact]
    public void RandomStartOnPopulationGEndsGlobal()
    {
        var r = PopulationGRandomStart.Run(4, seed: 1000);
        Assert.Equal(Classification.LocalMinimum, r.Classification);
        Assert.True(r.Error <= 1e-3, $"e(Q) {r.Error}");
        Assert.True(r.Iterations < PopulationGRandomStart.MaxIterations, $"{r.Iterations} steps");
        Assert.True(r.LambdaMin > 0, $"λ_min {r.LambdaMin}");
        Assert.Equal(r, PopulationGRandomStart.Run(4, seed: 1000));
    }

    /// <summary>
    /// App. F's point has P′ = 2 (only b₁ = b₂ = e₁ pair up, weighted by a*₁ = 1). Below the threshold (a = 1.9) it is a
    /// strict saddle with λ_min = 2(a − 2) = −0.2 and nearby GD escapes below 2; above it (a = 3) no probe descends.
    /// </summary>
    [Fact]
    public void AppFPointIsASaddleBelowTheThresholdAndAMinimumAbove()
    {
        var below = SpuriousPointProbe.Run(1.9, probes: 2);
        Assert.Equal(2.0, below.Value, 12);
        Assert.Equal(-0.2, below.LambdaMin, 9);
        Assert.Equal(Classification.StrictSaddle, below.Classification);
        Assert.True(below.LowestNearbyDescent < below.Value - 0.1, $"lowest {below.LowestNearbyDescent}");
        var above = SpuriousPointProbe.Run(3.0, probes: 2);
        Assert.Equal(2.0, above.Value, 12);
        Assert.True(above.LambdaMin >= -1e-9, $"λ_min {above.LambdaMin}");
        Assert.True(above.LowestNearbyDescent >= above.Value - 1e-9, $"lowest {above.LowestNearbyDescent}");
    }
}
