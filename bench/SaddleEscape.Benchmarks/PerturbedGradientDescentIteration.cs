using BenchmarkDotNet.Attributes;
using SaddleEscape.Manifolds;
using SaddleEscape.Minimization;
using SaddleEscape.Objectives;
using SaddleEscape.Optimizers;
using SaddleEscape.Problems;

namespace SaddleEscape.Benchmarks;

/// <summary>
/// One PGD iteration as the minimiser runs it (evaluate f and ∇f at x_t, then the PGD step) on
/// the d = 100 quadratic saddle, in the steady state (no perturbation) and when every other
/// iteration perturbs (ball sample + extra gradient). Must allocate 0 bytes.
/// </summary>
[MemoryDiagnoser]
public class PerturbedGradientDescentIteration
{
    private OptimizationState _steady = null!;
    private OptimizationState _perturbing = null!;
    private PerturbedGradientDescent _steadyPgd = null!;
    private PerturbedGradientDescent _perturbingPgd = null!;
    private readonly List<OptimizerEvent> _events = new(capacity: 16);

    [Params(100)]
    public int Dimension { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var eigenvalues = Enumerable.Range(0, Dimension).Select(i => i == 0 ? -1.0 : 0.5 + (1.5 * i / Dimension)).ToArray();
        var f = new QuadraticSaddle(eigenvalues, 1);
        var manifold = new Euclidean(Dimension);
        (_steady, _steadyPgd) = Make(f, manifold, new PerturbedGradientDescentSettings(0.05, 0.01, 1e-300, 1e-7, 500));
        (_perturbing, _perturbingPgd) = Make(f, manifold, new PerturbedGradientDescentSettings(0.05, 0.01, 1e300, 1e-7, 1, StopOnFailedEscape: false));
    }

    private (OptimizationState, PerturbedGradientDescent) Make(QuadraticSaddle f, IManifold manifold, PerturbedGradientDescentSettings settings)
    {
        var x = Enumerable.Range(0, f.Dimension).Select(i => 0.01 * ((i % 7) - 3)).ToArray();
        var state = new OptimizationState(new Oracle(f), manifold, x, new Random(1), _events);
        var pgd = new PerturbedGradientDescent(settings);
        pgd.Initialize(state);
        return (state, pgd);
    }

    [Benchmark(Baseline = true, Description = "PGD iteration, d=100 (gradient step)")]
    public double Steady() => Iterate(_steady, _steadyPgd);

    [Benchmark(Description = "PGD iteration, d=100 (perturbing every other step)")]
    public double Perturbing() => Iterate(_perturbing, _perturbingPgd);

    private double Iterate(OptimizationState state, PerturbedGradientDescent pgd)
    {
        _events.Clear(); // the minimiser keeps events; here we only time the iteration itself
        Minimizer.Evaluate(state, charged: true);
        pgd.Step(state);
        state.Iteration++;
        return state.X[0];
    }
}
