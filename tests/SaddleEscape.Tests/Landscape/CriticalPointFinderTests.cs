using SaddleEscape.Experiments.Catalog;
using SaddleEscape.Landscape;

namespace SaddleEscape.Tests.Landscape;

public sealed class CriticalPointFinderTests
{
    [Fact]
    public void OnTheQuadraticSaddleItFindsExactlyTheSaddleAndTheMinimumUpToSigns()
    {
        // f = ½Σλᵢxᵢ² + (μ/4)‖x‖⁴ with one negative λ = −1, μ = 1: critical points 0 (index 1, f = 0) and ±e₁ (minima, f* = −1/4).
        var instance = ProblemCatalog.Get("quadratic-saddle").Create(6, [], 0).Instance;
        var random = new Random(4);
        var starts = Enumerable.Range(0, 30).Select(_ => Enumerable.Range(0, 6).Select(_ => (random.NextDouble() * 2) - 1).ToArray()).ToList();
        var search = CriticalPointFinder.Find(instance.Objective, instance.Manifold, starts, symmetricDistance: instance.Symmetry!.Distance);
        Assert.Equal(2, search.Points.Count);
        var minimum = search.Points[0];
        var saddle = search.Points[1];
        Assert.Equal(-0.25, minimum.Value, 12);
        Assert.Equal((0, 0), (minimum.Index, minimum.Nullity));
        Assert.True(instance.Truth!.RecoveryError(minimum.X) < 1e-9);
        Assert.Equal(0, saddle.Value, 12);
        Assert.Equal((1, 0), (saddle.Index, saddle.Nullity));
        Assert.All(search.Points, p => Assert.True(p.GradientNorm <= 1e-10));
        Assert.Equal(search.Converged, search.Points.Sum(p => p.Hits));
    }

    [Fact]
    public void OnTheOrthogonalTensorItFindsSaddlesOfSeveralIndicesAndEveryMinimumIsTheTruthUpToPermutationAndSign()
    {
        var definition = ProblemCatalog.Get("tensor-orthogonal-4");
        var instance = definition.Create(5, [], 0).Instance;
        var random = new Random(8);
        var starts = Enumerable.Range(0, 20).Select(s => definition.Create(5, [], 100 + s).Instance.Start).ToList();
        // Ten starts near the truth: the minima must be found from there.
        var search = CriticalPointFinder.Find(instance.Objective, instance.Manifold, [.. starts, .. NearTruth(instance, random, 10)], symmetricDistance: instance.Symmetry!.Distance);

        var minima = search.Points.Where(p => p.Index == 0 && p.Nullity == 0).ToList();
        Assert.NotEmpty(minima);
        Assert.All(minima, m => Assert.True(instance.Truth!.RecoveryError(m.X) < 1e-6, $"a minimum at f = {m.Value} is not the truth"));
        var saddleIndices = search.Points.Where(p => p.Index > 0).Select(p => p.Index).Distinct().ToList();
        Assert.True(saddleIndices.Count >= 3, $"saddle indices found: {string.Join(", ", saddleIndices)}");
        Assert.All(search.Points, p => Assert.True(p.GradientNorm <= 1e-10));
    }

    private static IEnumerable<double[]> NearTruth(SaddleEscape.Problems.ProblemInstance instance, Random random, int count)
    {
        // Gradient descent from the start reaches a global minimiser (every other critical point is a strict saddle).
        var x = (double[])instance.Start.Clone();
        var g = new double[x.Length];
        for (int t = 0; t < 20_000 && instance.Truth!.RecoveryError(x) > 1e-3; t++)
        {
            instance.Objective.ValueAndGradient(x, g);
            instance.Manifold.ProjectToTangent(x, g, g);
            for (int i = 0; i < x.Length; i++)
            {
                x[i] -= 0.05 * g[i];
            }

            instance.Manifold.ProjectToManifold(x);
        }

        Assert.True(instance.Truth!.RecoveryError(x) <= 1e-3, "gradient descent did not reach the truth");
        for (int c = 0; c < count; c++)
        {
            var y = x.Select(v => v + (0.05 * ((random.NextDouble() * 2) - 1))).ToArray();
            instance.Manifold.ProjectToManifold(y);
            yield return y;
        }
    }
}
