using SaddleEscape.Landscape;
using SaddleEscape.Objectives;
using SaddleEscape.Optimizers;
using SaddleEscape.Problems;
using SaddleEscape.Settings;
using System.Numerics.Tensors;

namespace SaddleEscape.Tests.Problems;

/// <summary>
/// Every family in the core catalogue (<see cref="ProblemFamilies"/>) keeps the same promises, checked at a small dimension
/// with default parameters: its gradient and HVP agree with finite differences, every named start lies on the manifold and
/// is reproducible, exact-saddle starts have g = 0 and negative curvature, f* ≤ f(start), and the stated global minimiser
/// has f = f*, g = 0 and no negative curvature.
/// </summary>
public sealed class ProblemFamilyConformanceTests
{
    /// <summary>A dimension at which each family is cheap.</summary>
    private static int SmallDimension(ProblemFamily family) => family.Name switch
    {
        "spin-glass" => 8,
        "deep-linear" => 3,
        "quadratic-saddle" or "matrix-factorisation" => 6,
        _ => 4,
    };

    public static TheoryData<string> Families() => [.. ProblemFamilies.All.Select(f => f.Name)];

    private static ProblemInstance Instance(string name, int seed = 3)
    {
        var family = ProblemFamilies.Get(name);
        return family.Create(SmallDimension(family), seed);
    }

    [Theory]
    [MemberData(nameof(Families))]
    public void GradientAndHessianVectorProductsMatchFiniteDifferences(string name)
    {
        var p = Instance(name);
        // landscape-design-f's student uses ReLU: its loss is only piecewise smooth, and a difference step of 1e-5 crosses
        // kinks of some of the 5 000 validation samples; 1e-8 does not at this point (rounding error ≈ 1e-8 relative).
        double step = name == "landscape-design-f" ? 1e-8 : 1e-5;
        var g = DerivativeChecker.CheckGradient(p.Objective, p.Start, new Random(1), step: step, tolerance: 1e-5);
        Assert.True(g.Passed, $"{name}: {g}");
        if (p.Objective is IHessianVectorProduct)
        {
            var h = DerivativeChecker.CheckHessianVectorProduct(p.Objective, p.Start, new Random(2), tolerance: 1e-5);
            Assert.True(h.Passed, $"{name}: {h}");
        }
    }

    [Theory]
    [MemberData(nameof(Families))]
    public void EveryNamedStartIsOnTheManifoldAndReproducible(string name)
    {
        var p = Instance(name);
        Assert.Contains(p.Starts, s => s.Name is "random" or "uniform");
        Assert.Equal(p.Starts.Count, p.Starts.Select(s => s.Name).Distinct().Count());
        foreach (var start in p.Starts)
        {
            var a = start.Sample(11);
            Assert.Equal(p.Objective.Dimension, a.Length);
            Assert.True(p.Manifold.ConstraintViolation(a) <= 1e-10, $"{name}/{start.Name} is off the manifold");
            Assert.True(double.IsFinite(p.Objective.Value(a)), $"{name}/{start.Name}: f is not finite");
            Assert.Equal(a, start.Sample(11));
        }

        Assert.Equal(p.Start, Instance(name).Start);
    }

    [Theory]
    [MemberData(nameof(Families))]
    public void ExactSaddleStartsHaveZeroGradientAndNegativeCurvature(string name)
    {
        var p = Instance(name);
        foreach (var start in p.Starts.Where(s => s.IsExactSaddle))
        {
            var x = start.Sample(0);
            var c = SecondOrderCertificate.Compute(new Oracle(p.Objective), p.Manifold, x);
            Assert.True(c.GradientNorm <= 1e-12, $"{name}/{start.Name}: ‖g‖ = {c.GradientNorm}");
            Assert.Equal(Classification.StrictSaddle, c.Classification);
        }
    }

    [Theory]
    [MemberData(nameof(Families))]
    public void TheGlobalMinimumIsBelowTheStartAndItsMinimizerIsCertified(string name)
    {
        var p = Instance(name);
        if (p.Truth?.GlobalMinimum is not { } fStar)
        {
            Assert.Null(p.Truth?.Minimizer);
            return;
        }

        foreach (var start in p.Starts)
        {
            Assert.True(fStar <= p.Objective.Value(start.Sample(5)) + 1e-12, $"{name}/{start.Name}: f* = {fStar} is above f(start)");
        }

        if (p.Truth.Minimizer is not { } minimizer)
        {
            return;
        }

        Assert.True(p.Manifold.ConstraintViolation(minimizer) <= 1e-10, $"{name}: the stated minimiser is off the manifold");
        Assert.Equal(fStar, p.Objective.Value(minimizer), 9);
        Assert.True(p.Truth.RecoveryError(minimizer) <= 1e-8, $"{name}: recovery error {p.Truth.RecoveryError(minimizer)} at the stated minimiser");
        // With the problem's continuous symmetry projected out and f* given, the stated minimiser is a strict local minimum
        // up to the symmetry, and a global one.
        var c = SecondOrderCertificate.Compute(new Oracle(p.Objective), p.Manifold, minimizer,
            new CertificateOptions { Symmetry = p.ContinuousSymmetry, KnownMinimum = fStar });
        Assert.True(c.GradientNorm <= 1e-8, $"{name}: ‖g‖ = {c.GradientNorm} at the stated minimiser");
        Assert.True(c.Classification == Classification.LocalMinimum, $"{name}: the stated minimiser is {c.Describe()} (λ_min = {c.LambdaMin})");
        Assert.Equal(Optimality.Global, c.Optimality);
        Assert.Equal(p.ContinuousSymmetryDimension, c.ProjectedSymmetryDirections);
    }

    [Theory]
    [MemberData(nameof(Families))]
    public void ParametersAreDeclaredOnceWithSnakeCaseKeys(string name)
    {
        var family = ProblemFamilies.Get(name);
        var keys = SettingsSchema.Of(family.ParametersType).Select(s => s.Key).ToList();
        Assert.Equal(keys.Count, keys.Distinct().Count());
        Assert.All(keys, k => Assert.Matches("^[A-Za-z][A-Za-z0-9_]*$", k));
        Assert.IsType(family.ParametersType, family.DefaultParameters);
        foreach (var r in family.Recommendations(family.DefaultParameters))
        {
            var defaults = (IOptimizerSettings)SettingsSchema.Defaults(r.SettingsType);
            Assert.NotEqual(defaults, r.Apply(defaults));
        }
    }

    [Fact]
    public void EveryFamilyIsFoundByNameAndUnknownNamesListTheKnownOnes()
    {
        Assert.All(ProblemFamilies.All, f => Assert.Same(f, ProblemFamilies.Get(f.Name)));
        var e = Assert.Throws<ArgumentException>(() => ProblemFamilies.Get("no-such"));
        Assert.Contains("octopus", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TypedParametersBuildTheSameInstanceAsTheCommandLine()
    {
        var typed = new QuadraticSaddleFamily().Create(6, new QuadraticSaddleParameters { Gamma = 2, Start = QuadraticSaddleStart.StableManifold }, 4);
        var parsed = SaddleEscape.Experiments.Catalog.ProblemCatalog.Get("quadratic-saddle").Create(6, ["gamma=2", "start=stable-manifold"], 4).Instance;
        Assert.Equal(typed.Start, parsed.Start);
        Assert.Equal(typed.Truth!.GlobalMinimum, parsed.Truth!.GlobalMinimum);
        Assert.Equal(0, TensorPrimitives.Norm(typed.StartNamed("saddle").Sample(0)));
    }
}
