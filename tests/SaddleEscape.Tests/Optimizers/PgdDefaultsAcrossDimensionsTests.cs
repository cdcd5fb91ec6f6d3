using SaddleEscape.Landscape;
using SaddleEscape.Minimization;
using SaddleEscape.Optimizers;
using SaddleEscape.Problems;

namespace SaddleEscape.Tests.Optimizers;

/// <summary>
/// SaddleBench's finding: the quadratic saddle's instance (default parameters, its default random start) suggests
/// η = 1/ℓ with ℓ = 2 + 3‖x₀‖² ≈ 3d, so at d = 1 000 η ≈ 3.4·10⁻⁴. From the exact saddle, the perturbation's share along
/// the −1 direction (≈ r/√d) grows by 1 + η per step and needs thousands of steps to lower f by f_thres; a window fixed at
/// t_thres = 500 steps (η·t_thres ≈ 0.17) ended PGD at the saddle with <c>pgd-returned-x-tilde</c>, claiming success
/// (2 of 5 seeds at d = 100, 5 of 5 at d = 1 000). The automatic t_thres (Jin et al. 2017's (χ/c²)·ℓ/√(ρε) with η = c/ℓ)
/// scales with 1/η and ln d.
/// </summary>
public sealed class PgdDefaultsAcrossDimensionsTests
{
    private static (ProblemInstance Instance, double[] Saddle) ExactSaddle(int dimension, int seed)
    {
        var instance = ProblemFamilies.Get("quadratic-saddle").Create(dimension, seed);
        var start = instance.Starts.Single(s => s.IsExactSaddle).Sample(seed);
        return (instance, start);
    }

    [Theory]
    [InlineData(100)]
    [InlineData(1000)]
    public void PgdWithDefaultsLeavesTheExactSaddleOnEverySeed(int dimension)
    {
        for (int seed = 1; seed <= 5; seed++)
        {
            var (instance, saddle) = ExactSaddle(dimension, seed);
            Assert.True(saddle.All(v => v == 0), "the exact saddle of the quadratic saddle is 0");
            var r = new PerturbedGradientDescent().Run(instance.Problem, saddle, new MinimizerOptions { Seed = seed });
            Assert.True(r.Perturbations >= 1, $"d = {dimension}, seed {seed}: no perturbation");
            Assert.True(r.Escapes >= 1, $"d = {dimension}, seed {seed}: no escape ({r.StopReason})");
            Assert.Equal(Classification.LocalMinimum, r.Certificate!.Classification);
            Assert.Equal(-0.25, r.FinalValue, 8); // f* = −γ²/(4μ)
        }
    }

    [Theory]
    [InlineData(10)]
    [InlineData(100)]
    [InlineData(1000)]
    public void TheAutomaticWindowCoversTheEscapeTimeAlongCurvatureMinusSqrtRhoGThres(int dimension)
    {
        // χ/(ηγ) steps with γ = √(ρ·g_thres): along curvature −γ a step multiplies the coordinate by 1 + ηγ, so in the window it
        // grows by (1 + ηγ)^t_thres ≥ e^{χ·(1 − ηγ/2)}, and χ ≥ ln(d/(ηγ)) ≥ ln d.
        var (instance, _) = ExactSaddle(dimension, 1);
        double eta = instance.Problem.SuggestedStepSize!.Value;
        double rho = instance.Problem.Smoothness!.HessianLipschitz;
        var settings = new PerturbedGradientDescentSettings();
        long window = PerturbedGradientDescentSettings.AutoEscapeWindow(dimension, eta, rho, settings.GradientThreshold);
        double gamma = Math.Sqrt(rho * settings.GradientThreshold);
        double growth = window * Math.Log(1 + (eta * gamma));
        Assert.True(growth >= 0.99 * Math.Log(dimension / (eta * gamma)), $"ln growth {growth:G4} < χ");
        Assert.True(growth >= Math.Log(dimension), $"ln growth {growth:G4} < ln d");
        Assert.InRange(window, (long)(Math.Log(dimension) / (eta * gamma)), (long)(3 * Math.Log(dimension / (eta * gamma)) / (eta * gamma)));
    }
}
