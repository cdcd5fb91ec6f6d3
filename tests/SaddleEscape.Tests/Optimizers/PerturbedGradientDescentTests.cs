using SaddleEscape.Manifolds;
using SaddleEscape.Minimization;
using SaddleEscape.Objectives;
using SaddleEscape.Optimizers;
using SaddleEscape.Problems;

namespace SaddleEscape.Tests.Optimizers;

public sealed class PerturbedGradientDescentTests
{
    private static readonly QuadraticSaddle F = new([-1, 0.5, 1, 2], 1);

    [Fact]
    public void AtALocalMinimumTheEscapeFailsAndXTildeItselfIsReturned()
    {
        var min = new[] { 1.0, 0, 0, 0 };
        var settings = new PerturbedGradientDescentSettings(0.1, 0.01, 1e-6, 1e-4, 50);
        var r = Minimizer.Run(new Oracle(F), new Euclidean(4), new PerturbedGradientDescent(settings), min,
            new MinimizerOptions { Seed = 4, Stop = StoppingRule.AfterIterations(1000) });
        Assert.Equal("pgd-returned-x-tilde", r.StopReason.Name);
        Assert.Equal(min, r.X);
        Assert.Equal(51, r.Iterations);
        Assert.Equal([EventKind.Perturbation, EventKind.EscapeFailed], r.Events.Select(e => e.Kind));
        Assert.Equal(SaddleEscape.Landscape.Classification.LocalMinimum, r.Certificate!.Classification);
    }

    [Fact]
    public void AtTheSaddleItPerturbsEscapesAndNeverPerturbsTwiceWithinTThres()
    {
        var settings = new PerturbedGradientDescentSettings(0.1, 0.01, 1e-6, 1e-4, 80);
        var r = Minimizer.Run(new Oracle(F), new Euclidean(4), new PerturbedGradientDescent(settings), new double[4],
            new MinimizerOptions { Seed = 1, Stop = StoppingRule.AfterIterations(5000) });
        var perturbations = r.Events.Where(e => e.Kind == EventKind.Perturbation).Select(e => e.Iteration).ToArray();
        Assert.Equal(0, perturbations[0]);
        Assert.All(perturbations.Zip(perturbations.Skip(1)), p => Assert.True(p.Second - p.First > 80));
        var escape = Assert.Single(r.Events, e => e.Kind == EventKind.Escape);
        Assert.True(escape.ValueChange <= -1e-4);
        Assert.Equal(-0.25, r.FinalValue, 9);
        Assert.Equal("pgd-returned-x-tilde", r.StopReason.Name);
    }

    [Fact]
    public void TheoryParametersFollowJinEtAl()
    {
        // d = 10, ℓ = 2, ρ = 3, ε = 1e-2, c = 0.5, δ = 0.1, Δf = 5.
        var s = PerturbedGradientDescentSettings.FromTheory(10, 2, 3, 1e-2, 0.5, 0.1, 5);
        double chi = 3 * Math.Max(Math.Log(10 * 2 * 5 / (0.5 * 1e-4 * 0.1)), 4);
        Assert.Equal(0.5 / 2, s.StepSize!.Value, 15);
        Assert.Equal(Math.Sqrt(0.5) / (chi * chi) * 1e-2 / 2, s.Radius, 15);
        Assert.Equal(Math.Sqrt(0.5) / (chi * chi) * 1e-2, s.GradientThreshold, 15);
        Assert.Equal(0.5 / (chi * chi * chi) * Math.Sqrt(1e-6 / 3), s.ValueThreshold, 15);
        Assert.Equal((long)Math.Ceiling(chi / 0.25 * 2 / Math.Sqrt(3e-2)), s.EscapeWindow);
    }

    [Fact]
    public void TheoryModeEscapesTheQuadraticSaddle()
    {
        var def = SaddleEscape.Experiments.Catalog.ProblemCatalog.Get("quadratic-saddle");
        var p = def.Create(6, ["start=stable-manifold", "scale=0.1"], 0);
        var opt = SaddleEscape.Experiments.Catalog.OptimizerCatalog.Get("pgd").Create(["mode=theory", "epsilon=1e-2", "c=1"], p);
        var r = Minimizer.Run(p.Instance.CreateOracle(), p.Instance.Manifold, opt, p.Instance.Start, new MinimizerOptions { Seed = 0, Stop = StoppingRule.AfterIterations(2_000_000) });
        Assert.Equal("pgd-returned-x-tilde", r.StopReason.Name);
        Assert.True(r.Escapes >= 1);
        Assert.True(p.Instance.Truth!.RecoveryError(r.X) < 0.05, $"recovery error {p.Instance.Truth.RecoveryError(r.X)}");
    }
}
