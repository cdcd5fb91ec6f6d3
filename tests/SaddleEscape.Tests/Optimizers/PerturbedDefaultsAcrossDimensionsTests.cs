using SaddleEscape.Landscape;
using SaddleEscape.Minimization;
using SaddleEscape.Optimizers;
using SaddleEscape.Problems;

namespace SaddleEscape.Tests.Optimizers;

/// <summary>
/// SaddleBench's finding: the quadratic saddle's instance (default parameters, its default random start) suggests
/// η = 1/ℓ with ℓ = 2 + 3‖x₀‖² ≈ 3d, so at d = 1 000 η ≈ 3.4·10⁻⁴. From the exact saddle, the perturbation's share along
/// the −1 direction (≈ r/√d) grows by 1 + η per step (PGD) and needs thousands of steps to lower f by f_thres; a window
/// fixed in iterations (PGD's t_thres = 500, PAGD's 𝒯 = 100) ended the run at the saddle with "returned x̃", claiming
/// success (PGD: 2 of 5 seeds at d = 100, 5 of 5 at d = 1 000; PAGD: 5 of 5 at d = 1 000). The automatic windows (Jin et
/// al. 2017's (χ/c²)·ℓ/√(ρε) with η = c/ℓ; for PAGD the momentum iteration's growth along curvature −√(ρε)) scale with
/// the escape time and ln d.
/// </summary>
public sealed class PerturbedDefaultsAcrossDimensionsTests
{
    private static (ProblemInstance Instance, double[] Saddle) ExactSaddle(int dimension, int seed)
    {
        var instance = ProblemFamilies.Get("quadratic-saddle").Create(dimension, seed);
        var start = instance.Starts.Single(s => s.IsExactSaddle).Sample(seed);
        return (instance, start);
    }

    private static Optimizer WithDefaults(string name) => name switch
    {
        "pgd" => new PerturbedGradientDescent(),
        "pagd" => new PerturbedAcceleratedGradientDescent(),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "pgd or pagd"),
    };

    [Theory]
    [InlineData("pgd", 100)]
    [InlineData("pgd", 1000)]
    [InlineData("pagd", 100)]
    [InlineData("pagd", 1000)]
    public void DefaultsLeaveTheExactSaddleOnEverySeed(string optimizer, int dimension)
    {
        for (int seed = 1; seed <= 5; seed++)
        {
            var (instance, saddle) = ExactSaddle(dimension, seed);
            Assert.True(saddle.All(v => v == 0), "the exact saddle of the quadratic saddle is 0");
            var r = WithDefaults(optimizer).Run(instance.Problem, saddle, new MinimizerOptions { Seed = seed });
            Assert.True(r.Perturbations >= 1, $"{optimizer}, d = {dimension}, seed {seed}: no perturbation");
            Assert.True(r.Escapes >= 1, $"{optimizer}, d = {dimension}, seed {seed}: no escape ({r.StopReason})");
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

    [Theory]
    [InlineData(1e-4, 0.1)]
    [InlineData(1e-4, 1)]
    [InlineData(0.3, 0.1)]
    [InlineData(1e-9, 0.5)]
    public void PagdsAutomaticIntervalIsTheMomentumIterationsGrowthTime(double a, double theta)
    {
        // Iterate AGD along one eigenvector of curvature −γ (ηγ = a) from (x₀, x₋₁) = (1, 1): after 𝒯 steps the coordinate has
        // grown by at least e^χ·(a constant ≤ 1 from the slower root's share), and 𝒯 − 1 steps would not have reached e^χ·4.
        const int dimension = 100;
        long interval = PerturbedAcceleratedGradientDescentSettings.AutoInterval(dimension, a, theta, 1, 1);
        double logX = 0, previous = 0; // log|x_t| by ratios, to stay finite
        double ratio = 1; // x_t / x_{t−1}
        for (long t = 0; t < interval; t++)
        {
            previous = logX;
            ratio = (1 + a) * ((2 - theta) - ((1 - theta) / ratio));
            logX += Math.Log(ratio);
        }

        double rate = Math.Log(ratio); // → ln z, the larger root's
        double chi = Math.Max(1, Math.Log(dimension / rate));
        Assert.True(logX >= chi - Math.Log(4), $"a = {a}, θ = {theta}: ln growth {logX:G4} after 𝒯 = {interval} < χ − ln 4 = {chi - Math.Log(4):G4}");
        Assert.True(previous <= chi + Math.Log(4), $"a = {a}, θ = {theta}: ln growth {previous:G4} already after 𝒯 − 1 steps > χ + ln 4");
        if (theta == 1)
        {
            // θ = 1 is GD: PGD's window, whose rate ηγ is ln(1 + ηγ) to first order.
            long pgd = PerturbedGradientDescentSettings.AutoEscapeWindow(dimension, a, 1, 1);
            Assert.InRange(interval, pgd, (long)Math.Ceiling(pgd * (1 + a)) + 1);
        }
    }
}
