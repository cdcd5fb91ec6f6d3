using SaddleEscape.Benchmarking;
using SaddleEscape.Landscape;
using SaddleEscape.Objectives;
using Xunit.Abstractions;

namespace SaddleEscape.Tests.Benchmarking;

/// <summary>The small cubic/quartic toys of the suite (saddlebench-2): their stated constants, their exact saddle and their known answers.</summary>
public sealed class BenchToyTests(ITestOutputHelper output)
{
    private static readonly double Phi = (1 + Math.Sqrt(5)) / 2;

    [Theory]
    [InlineData("toy-quartic", -0.25, 13, 12)]                        // R = 2: ℓ = 3R² + 1, ρ = 6R
    [InlineData("toy-cubic", -1.0075141619791229, 26.79837387624884, 17.70820393249937)] // f* = −(5φ + 4)/12, R = φ + 1: ℓ = 3R² + 2R + 1, ρ = 6R + 2
    public void TheToysStateFStarEllAndRhoAndTheirExactSaddleHasGZeroAndCurvatureMinusOne(string family, double fStar, double ell, double rho)
    {
        foreach (int d in BenchSuite.Quick.Family(family).Dimensions)
        {
            var instance = BenchInstance.Create(BenchSuite.Quick.Family(family), d, 1);
            Assert.Equal([BenchStartKinds.ExactSaddle, BenchStartKinds.Random], instance.StartKinds);
            Assert.Equal(fStar, instance.KnownMinimum!.Value, 12);
            Assert.Equal(ell, instance.GradientLipschitz, 10);
            Assert.Equal(rho, instance.HessianLipschitz, 10);
            Assert.StartsWith("the family's", instance.SmoothnessSource, StringComparison.Ordinal);

            var saddle = instance.Start(BenchStartKinds.ExactSaddle);
            var g = new double[saddle.Length];
            instance.Problem.Objective.ValueAndGradient(saddle, g);
            Assert.All(g, v => Assert.Equal(0, v));
            var certificate = SecondOrderCertificate.Compute(new Oracle(instance.Problem.Objective), instance.Problem.Manifold, saddle, new CertificateOptions(1e-6));
            Assert.Equal(-1, certificate.LambdaMin, 8);
            Assert.Equal("strict-saddle", certificate.Classification.Name());

            // The stated minimiser has f = f* and g = 0.
            var minimizer = instance.Problem.Truth!.Minimizer!;
            Assert.Equal(fStar, instance.Problem.Objective.ValueAndGradient(minimizer, g), 12);
            Assert.All(g, v => Assert.Equal(0, v, 12));
        }

        Assert.Equal(-1.0075141619791229, -((5 * Phi) + 4) / 12, 14);
    }

    [Fact]
    public void FromTheToysExactSaddleGdClaimsAtOnceAndIsAFalseSuccessWhilePgdCertifiesOnEveryQuickInstance()
    {
        foreach (var family in new[] { "toy-quartic", "toy-cubic" })
        {
            foreach (int d in BenchSuite.Quick.Family(family).Dimensions)
            {
                for (int i = 1; i <= BenchSuite.Quick.Instances; i++)
                {
                    var instance = BenchInstance.Create(BenchSuite.Quick.Family(family), d, i);
                    long budget = BenchSuite.Quick.BudgetFor(instance.PointLength);
                    var gd = BenchHarness.Run(instance, BenchStartKinds.ExactSaddle, BenchSolvers.Create("gd", instance), budget, i);
                    Assert.True(gd.ClaimsConvergence && gd.FalseSuccess, $"gd {family} d={d} #{i}: {gd.Outcome}");
                    Assert.Equal("strict-saddle", gd.Classification);
                    Assert.DoesNotContain(gd.Hits, h => h.Reached && h.Target.Kind == BenchTargetKinds.SecondOrder && h.Target.Level <= 1e-2);

                    var pgd = BenchHarness.Run(instance, BenchStartKinds.ExactSaddle, BenchSolvers.Create("pgd", instance), budget, i);
                    var hit = pgd.Hits.Single(h => h.Target.Kind == BenchTargetKinds.SecondOrder && h.Target.Level == BenchSuite.ClaimTolerance);
                    output.WriteLine($"pgd {family} d={d} #{i}: {pgd.Outcome}, cost to the 1e-3 SOSP {hit.At?.Cost}, final gap {pgd.FinalGap}");
                    Assert.True(hit.Reached, $"pgd {family} d={d} #{i}: {pgd.Outcome} {pgd.Detail}");
                    Assert.False(pgd.FalseSuccess);
                }
            }
        }
    }
}
