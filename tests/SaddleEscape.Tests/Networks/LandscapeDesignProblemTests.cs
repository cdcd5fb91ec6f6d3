using SaddleEscape.Catalog;
using SaddleEscape.Landscape;
using SaddleEscape.Optimizers;
using SaddleEscape.Problems;

namespace SaddleEscape.Tests.Networks;

public sealed class LandscapeDesignProblemTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public void GradientDescentOnPopulationGRecoversBStarUpToPermutation(int seed)
    {
        var def = ProblemCatalog.Get("landscape-design-G");
        var p = def.Create(6, KeyValueSettings.Empty("problem landscape-design-G"), seed);
        var o = OptimizerCatalog.Get("sgd").Create([], p);
        var r = Minimizer.Run(p.CreateOracle(), p.Manifold, o, p.Start, new MinimizerOptions { Seed = seed, Stop = StoppingRule.AfterIterations(20_000) | StoppingRule.WhenGradientNormBelow(1e-10) });
        Assert.True(p.Truth!.RecoveryError(r.X) <= 0.05, $"e(Q) = {p.Truth.RecoveryError(r.X)}");
        Assert.Equal(Classification.LocalMinimum, r.Certificate!.Classification);
        Assert.True(p.Truth.RecoveryError(p.Start) > 0.2, "the random start is far from a permutation");
    }
}
