using SaddleEscape.Experiments.Catalog;
using SaddleEscape.Minimization;
using SaddleEscape.Numerics;
using SaddleEscape.Problems;

namespace SaddleEscape.Tests.Problems;

public sealed class OctopusExtendedRangeDescentTests
{
    private static (OctopusFunction Octopus, double[] Start, double FStar, SaddleEscape.Experiments.Catalog.CatalogProblem Problem) Octopus(int d, int seed)
    {
        var problem = ProblemCatalog.Get("octopus").Create(d, [], seed);
        return ((OctopusFunction)problem.Instance.Objective, problem.Instance.Start, problem.Instance.Truth!.GlobalMinimum!.Value, problem);
    }

    private static MinimizationResult PlainGd(CatalogProblem problem, StoppingRule stop) =>
        Minimizer.Run(problem.Instance.CreateOracle(), problem.Instance.Manifold, OptimizerCatalog.Get("gd").Create([], problem), problem.Instance.Start,
            new MinimizerOptions { Certificate = null, Stop = stop });

    [Fact]
    public void WhileInDoublesRangeTheIteratesAreBitIdenticalToGdInDouble()
    {
        var (octopus, start, _, problem) = Octopus(3, 1);
        var plain = PlainGd(problem, StoppingRule.AfterIterations(300));
        var x = start.Select(ExtendedDouble.FromDouble).ToArray();
        var rounded = new double[3];
        var gradient = new ExtendedDouble[3];
        for (int t = 0; t < 300; t++)
        {
            for (int j = 0; j < 3; j++)
            {
                rounded[j] = x[j].ToDouble();
            }

            OctopusExtendedRangeDescent.Step(octopus, x, rounded, 1 / (4 * Math.E), gradient);
        }

        Assert.All(x, v => Assert.True(v.Log2Magnitude > -1000, "the comparison must stay in range"));
        Assert.Equal(plain.X.Select(BitConverter.DoubleToInt64Bits), x.Select(v => BitConverter.DoubleToInt64Bits(v.ToDouble())));
    }

    [Theory]
    [InlineData(2, 0)]
    [InlineData(3, 2)]
    [InlineData(4, 1)]
    public void ItReachesTheTargetInTheSameIterationAsGdInDouble(int d, int seed)
    {
        var (octopus, start, fStar, problem) = Octopus(d, seed);
        var plain = PlainGd(problem, StoppingRule.AfterIterations(100_000) | StoppingRule.WhenValueBelow(fStar + 0.01));
        Assert.Equal(StopCode.TargetValue, plain.StopReason.Code);
        var extended = OctopusExtendedRangeDescent.Run(octopus, start, 1 / (4 * Math.E), 100_000, fStar + 0.01);
        Assert.Equal(plain.Iterations, extended.Iterations);
    }

    [Fact]
    public void PastDoublesRangeItContinuesWhereGdInDoubleStalls()
    {
        var (octopus5, start5, fStar5, _) = Octopus(5, 0);
        var (octopus6, start6, fStar6, problem6) = Octopus(6, 0);
        var plain = PlainGd(problem6, StoppingRule.AfterIterations(200_000) | StoppingRule.WhenValueBelow(fStar6 + 0.01));
        Assert.Equal(StopCode.MaxIterations, plain.StopReason.Code);

        var five = OctopusExtendedRangeDescent.Run(octopus5, start5, 1 / (4 * Math.E), 200_000, fStar5 + 0.01);
        var six = OctopusExtendedRangeDescent.Run(octopus6, start6, 1 / (4 * Math.E), 200_000, fStar6 + 0.01);
        Assert.NotNull(five.Iterations);
        Assert.NotNull(six.Iterations);
        Assert.True(six.SmallestLog2Magnitude < -1074, $"smallest coordinate 2^{six.SmallestLog2Magnitude}: double could have held it");
        Assert.Equal(6, six.FinalRegion);
        // One more saddle multiplies the time by about 1 + ln 2 / ln(1 + 1/(2e)) ≈ 5.1 (the report's heuristic); allow 4–6.5.
        double ratio = (double)six.Iterations!.Value / five.Iterations!.Value;
        Assert.InRange(ratio, 4, 6.5);
    }

    [Fact]
    public void BadArgumentsAreRefused()
    {
        var octopus = new OctopusFunction(3);
        Assert.Throws<ArgumentException>(() => OctopusExtendedRangeDescent.Run(octopus, new double[2], 0.1, 10, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => OctopusExtendedRangeDescent.Run(octopus, new double[3], 0, 10, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => OctopusExtendedRangeDescent.Run(octopus, new double[3], 0.1, -1, 0));
    }
}
