using SaddleEscape.Manifolds;
using SaddleEscape.Minimization;
using SaddleEscape.Objectives;
using SaddleEscape.Optimizers;
using SaddleEscape.Problems;

namespace SaddleEscape.Tests.Optimizers;

public sealed class PerturbedAcceleratedGradientDescentTests
{
    private static MinimizationResult RunFromNearTheSaddle(bool nce)
    {
        var f = new QuadraticSaddle([-1, 0.5, 1, 2], 1);
        var settings = new PerturbedAcceleratedGradientDescentSettings(0.1, 0.2, 0.4, 0.05, 0.01, 1e-6, 50, 1e-6, NegativeCurvatureExploitation: nce);
        return Minimizer.Run(new Oracle(f), new Euclidean(4), new PerturbedAcceleratedGradientDescent(settings), new[] { 1e-3, 0.5, -0.4, 0.3 },
            new MinimizerOptions
            {
                Seed = 2,
                // PAGD never terminates by itself (it would keep perturbing at the minimum), so stop just above ε.
                Stop = StoppingRule.AfterIterations(3000) | StoppingRule.WhenGradientNormBelow(1e-5),
                Certificate = new SaddleEscape.Landscape.CertificateOptions(GradientTolerance: 1e-5),
            });
    }

    [Fact]
    public void NegativeCurvatureExploitationFiresNearTheSaddleAndTheRunEndsAtAMinimum()
    {
        var r = RunFromNearTheSaddle(nce: true);
        Assert.Contains(r.Events, e => e.Kind is EventKind.NegativeCurvatureStep or EventKind.MomentumReset);
        Assert.Equal(-0.25, r.FinalValue, 9);
        Assert.Equal("gradient-tolerance", r.StopReason.Name);
        Assert.Equal(SaddleEscape.Landscape.Classification.LocalMinimum, r.Certificate!.Classification);
    }

    [Fact]
    public void WithoutNceItIsPlainPerturbedAcceleratedGradientDescent()
    {
        var r = RunFromNearTheSaddle(nce: false);
        Assert.DoesNotContain(r.Events, e => e.Kind is EventKind.NegativeCurvatureStep or EventKind.MomentumReset);
        Assert.Equal(-0.25, r.FinalValue, 9);
        Assert.Equal("gradient-tolerance", r.StopReason.Name);
    }

    [Fact]
    public void TheoryParametersFollowJinNetrapalliJordan()
    {
        var s = PerturbedAcceleratedGradientDescentSettings.FromTheory(10, 2, 3, 1e-2, 1, 0.1, 5);
        double kappa = 2 / Math.Sqrt(3e-2);
        double eta = 1 / 8.0;
        double theta = 1 / (4 * Math.Sqrt(kappa));
        Assert.Equal(eta, s.StepSize!.Value, 15);
        Assert.Equal(theta, s.Theta, 15);
        Assert.Equal(theta * theta / eta, s.Gamma!.Value, 15);
        Assert.Equal(theta * theta / eta / 12, s.S, 15);
    }
}
