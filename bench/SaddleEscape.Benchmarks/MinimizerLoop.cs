using BenchmarkDotNet.Attributes;
using SaddleEscape.Manifolds;
using SaddleEscape.Minimization;
using SaddleEscape.Objectives;
using SaddleEscape.Optimizers;
using SaddleEscape.Problems;

namespace SaddleEscape.Benchmarks;

/// <summary>
/// The whole minimisation loop: <see cref="Minimizer.Run"/> with PGD (Jin et al. 2017, Alg. 1) for 10 000 iterations,
/// trace and events on, certificate off, fixed parameters (η = 0.05, r = 0.01, g_thres = 1e-3, f_thres = 1e-7,
/// t_thres = 200, no early return), reported per iteration. Compare with <see cref="PerturbedGradientDescentIteration"/>
/// (one evaluation and one step, no loop): the difference is the loop's own cost.
/// </summary>
[MemoryDiagnoser]
public class MinimizerLoop
{
    /// <summary>Iterations per benchmark operation.</summary>
    public const int Iterations = 10_000;

    private IObjective _objective = null!;
    private double[] _start = [];
    private MinimizerOptions _options = null!;
    private PerturbedGradientDescentSettings _settings = null!;

    /// <summary>"quadratic-saddle" (d = 100) or "octopus" (d = 10).</summary>
    [Params("quadratic-saddle", "octopus")]
    public string Problem { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        (_objective, _start) = PgdLoopProblems.Create(Problem);
        _settings = PgdLoopProblems.Settings;
        _options = new MinimizerOptions { Stop = StoppingRule.AfterIterations(Iterations), Certificate = null };
    }

    [Benchmark(OperationsPerInvoke = Iterations, Description = "Minimizer.Run, PGD, per iteration")]
    public double Run()
    {
        var result = Minimizer.Run(new Oracle(_objective), new Euclidean(_objective.Dimension), new PerturbedGradientDescent(_settings), _start, _options);
        return result.FinalValue;
    }
}
