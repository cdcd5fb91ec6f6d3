using SaddleEscape.Objectives;
using SaddleEscape.Optimizers;
using SaddleEscape.Problems;

namespace SaddleEscape.Benchmarks;

/// <summary>The problems, start points and PGD parameters of the loop benchmarks and of bench/PgdSideBySide.</summary>
public static class PgdLoopProblems
{
    /// <summary>η = 0.05, r = 0.01, g_thres = 1e-3, f_thres = 1e-7, t_thres = 200, no early return on a failed escape.</summary>
    public static PerturbedGradientDescentSettings Settings { get; } = new(0.05, 0.01, 1e-3, 1e-7, 200, StopOnFailedEscape: false);

    /// <summary>
    /// "quadratic-saddle": d = 100, λ = (−1, 0.5 + 1.5·i/100 for i = 1…99), μ = 1, start (1e-6, 0.5, …, 0.5);
    /// "octopus": d = 10 with its default constants, the same kind of start.
    /// </summary>
    public static (IObjective Objective, double[] Start) Create(string problem)
    {
        IObjective objective = problem switch
        {
            "quadratic-saddle" => new QuadraticSaddle(QuadraticSaddleEigenvalues(100), 1),
            "octopus" => new OctopusFunction(10),
            _ => throw new ArgumentException($"unknown problem '{problem}' (known: quadratic-saddle, octopus)"),
        };
        var start = new double[objective.Dimension];
        start[0] = 1e-6;
        start.AsSpan(1).Fill(0.5);
        return (objective, start);
    }

    /// <summary>λ₀ = −1, λᵢ = 0.5 + 1.5·i/d.</summary>
    public static double[] QuadraticSaddleEigenvalues(int d) => Enumerable.Range(0, d).Select(i => i == 0 ? -1.0 : 0.5 + (1.5 * i / d)).ToArray();
}
