using SaddleEscape.Optimizers;
using SaddleEscape.Settings;

namespace SaddleEscape.Benchmarking;

/// <summary>
/// The solvers SaddleBench knows, by name: every catalogue optimiser (through <see cref="MinimizerBenchSolver"/>, with the
/// family's recommended settings applied to the settings record's defaults, step size and ρ from the instance), and the
/// classical baselines written on the same oracle — <c>lbfgs</c>, <c>ncg</c>, <c>trust-ncg</c> — and <c>lbfgs-escape</c>.
/// A solver is built per instance (its settings may depend on the family); a new solver is one entry here, or one
/// <see cref="IBenchSolver"/> passed to the harness.
/// </summary>
public static class BenchSolvers
{
    /// <summary>Every solver's name with its factory, in report order.</summary>
    public static IReadOnlyList<(string Name, Func<BenchInstance, IBenchSolver> Create)> All { get; } =
    [
        Catalogue<GradientDescentSettings>("gd", s => new GradientDescent(s)),
        Catalogue<StochasticGradientDescentSettings>("sgd", s => new StochasticGradientDescent(s)),
        Catalogue<NoisyStochasticGradientDescentSettings>("noisy-sgd", s => new NoisyStochasticGradientDescent(s)),
        Catalogue<GaussianNoisyGradientDescentSettings>("noisy-sgd-gaussian", s => new GaussianNoisyGradientDescent(s)),
        Catalogue<PerturbedGradientDescentSettings>("pgd", s => new PerturbedGradientDescent(s)),
        Catalogue<PerturbedAcceleratedGradientDescentSettings>("pagd", s => new PerturbedAcceleratedGradientDescent(s)),
        Catalogue<PerturbedStochasticGradientDescentSettings>("psgd", s => new PerturbedStochasticGradientDescent(s)),
        Catalogue<SaddleNormalizedGradientDescentSettings>("saddle-ngd", s => new SaddleNormalizedGradientDescent(s)),
        Catalogue<CubicRegularizationSettings>("cubic", s => new CubicRegularization(s)),
        Catalogue<NegativeCurvatureDescentSettings>("nc-descent", s => new NegativeCurvatureDescent(s)),
        Catalogue<SaddleFreeNewtonSettings>("saddle-free-newton", s => new SaddleFreeNewton(s)),
        ("lbfgs", _ => new LbfgsSolver()),
        ("ncg", _ => new NonlinearCgSolver()),
        ("trust-ncg", _ => new TrustRegionNewtonCgSolver()),
        ("lbfgs-escape", i => new LbfgsSolver(escape: true, rho: i.HessianLipschitz)),
    ];

    /// <summary>The names, in report order.</summary>
    public static IReadOnlyList<string> Names { get; } = [.. All.Select(s => s.Name)];

    /// <summary>The solver called <paramref name="name"/> for <paramref name="instance"/>; a one-line <see cref="ArgumentException"/> listing the names otherwise.</summary>
    public static IBenchSolver Create(string name, BenchInstance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        var entry = All.FirstOrDefault(s => s.Name == name);
        return entry.Create is null
            ? throw new ArgumentException($"unknown solver '{name}' (known: {string.Join(", ", Names)})")
            : entry.Create(instance);
    }

    private static (string, Func<BenchInstance, IBenchSolver>) Catalogue<TSettings>(string name, Func<TSettings, Optimizer> make)
        where TSettings : class, IOptimizerSettings =>
        (name, instance =>
        {
            var settings = instance.Problem.Recommended(SettingsSchema.Defaults<TSettings>());
            var hints = instance.Hints;
            string described = string.Join(" ", SettingsSchema.Describe(settings).Select(kv => $"{kv.Key}={kv.Value}"));
            string text = FormattableString.Invariant($"{name} {described} (auto step = {hints.StepSize:g4}, ρ = {hints.HessianLipschitz:g4})");
            return new MinimizerBenchSolver(name, text, () => make(settings), hints);
        }
    );
}
