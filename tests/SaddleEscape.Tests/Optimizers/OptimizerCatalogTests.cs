using SaddleEscape.Experiments.Catalog;
using SaddleEscape.Manifolds;
using SaddleEscape.Minimization;
using SaddleEscape.Objectives;
using SaddleEscape.Optimizers;
using SaddleEscape.Problems;
using SaddleEscape.Tests.Manifolds;

namespace SaddleEscape.Tests.Optimizers;

public sealed class OptimizerCatalogTests
{
    public static TheoryData<string> AllOptimizers => new(OptimizerCatalog.All.Select(o => o.Name));

    private static CatalogProblem Quadratic(int seed, params string[] settings)
    {
        var def = ProblemCatalog.Get("quadratic-saddle");
        return def.Create(10, settings, seed);
    }

    /// <summary>Every optimiser must make real progress from a random start: f(x₀) − f* shrinks at least tenfold.</summary>
    [Theory]
    [MemberData(nameof(AllOptimizers))]
    public void EveryOptimizerMovesDownhill(string name)
    {
        var p = Quadratic(2);
        var opt = OptimizerCatalog.Get(name).Create(name is "noisy-sgd" ? ["noise_radius=0.01"] : name is "noisy-sgd-gaussian" ? ["noise_std=0.003"] : name is "saddle-ngd" ? ["step_size=0.01", "theta=0.01"] : [], p);
        var result = Minimizer.Run(p.Instance.CreateOracle(), p.Instance.Manifold, opt, p.Instance.Start, new MinimizerOptions { Seed = 2, Stop = StoppingRule.AfterIterations(3000), Certificate = null });
        double f0 = p.Instance.Objective.Value(p.Instance.Start) - p.Instance.Truth!.GlobalMinimum!.Value;
        double f1 = result.FinalValue - p.Instance.Truth.GlobalMinimum!.Value;
        Assert.True(f1 < 0.1 * f0, $"{name}: f − f* went from {f0} to {f1}");
        Assert.True(result.Counts.GradientEquivalents >= 1);
    }

    public static TheoryData<string, string, string> BadParameters => new()
    {
        { "gd", "step_size=-1", "step_size" },
        { "sgd", "batch_size=0", "batch_size" },
        { "noisy-sgd", "noise_radius=-0.5", "noise_radius" },
        { "noisy-sgd-gaussian", "noise_std=-1", "noise_std" },
        { "pgd", "t_thres=0", "t_thres" },
        { "pgd", "r=0", "'r'" },
        { "pagd", "theta=2", "theta" },
        { "pagd", "interval=0", "interval" },
        { "psgd", "r=-1", "'r'" },
        { "saddle-ngd", "n0=0", "n0" },
        { "gd", "momentum=0.9", "momentum" },
        { "pgd", "mode=magic", "mode" },
    };

    [Theory]
    [MemberData(nameof(BadParameters))]
    public void EveryOptimizerRejectsABadParameterNamingIt(string name, string setting, string named)
    {
        var p = Quadratic(0);
        var e = Assert.Throws<ArgumentException>(() => OptimizerCatalog.Get(name).Create([setting], p));
        Assert.Contains(named, e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', e.Message);
    }

    [Theory]
    [MemberData(nameof(AllOptimizers))]
    public void EveryOptimizerRejectsANonPositiveStepSize(string name)
    {
        var e = Assert.Throws<ArgumentException>(() => OptimizerCatalog.Get(name).Create(["step_size=0"], Quadratic(0)));
        Assert.Contains("step_size", e.Message, StringComparison.Ordinal);
    }

    /// <summary>All optimisers run on all three manifolds: on the sphere they keep ‖x‖ = 1 and lower the Rayleigh quotient.</summary>
    [Theory]
    [MemberData(nameof(AllOptimizers))]
    public void EveryOptimizerRunsOnSpheresAndProducts(string name)
    {
        foreach (IManifold manifold in new IManifold[] { new Sphere(6), new ProductOfSpheres(2, 3), new Euclidean(6) })
        {
            var f = new ManifoldTests.DiagonalQuadratic([1, 2, 3, 4, 5, 6]);
            var problem = new CatalogProblem(new ProblemInstance
            {
                Name = "rayleigh",
                Objective = f,
                Manifold = manifold,
                Start = TestPoints.Gaussian(6, 9),
                SuggestedStepSize = 0.1,
            }, new Dictionary<string, string>());
            var x0 = (double[])problem.Instance.Start.Clone();
            manifold.ProjectToManifold(x0);
            var opt = OptimizerCatalog.Get(name).Create(name is "noisy-sgd" ? ["noise_radius=0.001"] : name is "noisy-sgd-gaussian" ? ["noise_std=0.001"] : name is "saddle-ngd" ? ["step_size=0.01", "theta=0.001"] : [], problem);
            var result = Minimizer.Run(new Oracle(f), manifold, opt, x0, new MinimizerOptions { Seed = 1, Stop = StoppingRule.AfterIterations(400), Certificate = null });
            Assert.True(manifold.ConstraintViolation(result.X) < 1e-12, $"{name} on {manifold.Name} left the manifold");
            Assert.True(result.FinalValue < f.Value(x0), $"{name} on {manifold.Name}: f {f.Value(x0)} → {result.FinalValue}");
        }
    }
}
