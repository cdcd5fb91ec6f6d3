using SaddleEscape.Experiments.Configuration;
using SaddleEscape.Optimizers;

namespace SaddleEscape.Experiments.Catalog;

/// <summary>Every optimiser the library knows, with its <c>--opt</c> parameters (its settings record's) and defaults.</summary>
public static class OptimizerCatalog
{
    private static readonly ParameterSpec Mode = new("mode", "practical", "practical (the settings above) or theory (the paper's formulas from l, rho, epsilon, c, delta, delta_f)");

    /// <summary>All optimisers, in the order <c>saddle optimizers</c> lists them.</summary>
    public static IReadOnlyList<OptimizerDefinition> All { get; } =
    [
        new("gd", "gradient descent", "Bruna 2018, lecture 10 (vanilla gradient descent); Lee, Simchowitz, Jordan & Recht 2016", typeof(GradientDescentSettings),
            (s, _, _) => new GradientDescent((GradientDescentSettings)s)),
        new("sgd", "SGD / mini-batch SGD", "Ghadimi & Lan 2013; Farrell & Quintero Peña 2019, Alg. 3", typeof(StochasticGradientDescentSettings),
            (s, _, _) => new StochasticGradientDescent((StochasticGradientDescentSettings)s)),
        new("noisy-sgd", "noisy SGD: w ← w − η(SG(w) + n), n uniform on the sphere", "Ge, Huang, Jin & Yuan 2015 (Goyal & Ullah, Alg. 1)", typeof(NoisyStochasticGradientDescentSettings),
            (s, _, _) => new NoisyStochasticGradientDescent((NoisyStochasticGradientDescentSettings)s)),
        new("noisy-sgd-gaussian", "noisy SGD with Gaussian noise: θ ← θ − η(∇g + ε + Z), Z ~ N(0, σ²I)", "Ge, Huang, Jin & Yuan 2015 as presented in Bruna 2018, lecture 10", typeof(GaussianNoisyGradientDescentSettings),
            (s, _, _) => new GaussianNoisyGradientDescent((GaussianNoisyGradientDescentSettings)s)),
        new("pgd", "perturbed gradient descent", "Jin, Ge, Netrapalli, Kakade & Jordan 2017, Alg. 1 (Farrell & Quintero Peña 2019, Alg. 1)", typeof(PerturbedGradientDescentSettings),
            (s, k, p) => new PerturbedGradientDescent(PgdSettings((PerturbedGradientDescentSettings)s, k, p)), [Mode, .. TheoryParameters]),
        new("pagd", "perturbed accelerated GD with negative-curvature exploitation", "Jin, Netrapalli & Jordan 2018, Alg. 2–3 (Farrell & Quintero Peña 2019, Alg. 2)", typeof(PerturbedAcceleratedGradientDescentSettings),
            (s, k, p) => new PerturbedAcceleratedGradientDescent(PagdSettings((PerturbedAcceleratedGradientDescentSettings)s, k, p)), [Mode, .. TheoryParameters.Where(t => t.Key != "epsilon")]),
        new("psgd", "perturbed SGD / mini-batch PSGD: x ← x − η(g + ξ), ξ ~ N(0, (r²/d)I)", "Jin, Netrapalli, Ge, Kakade & Jordan 2019 (Farrell & Quintero Peña 2019, Alg. 4–5)", typeof(PerturbedStochasticGradientDescentSettings),
            (s, _, _) => new PerturbedStochasticGradientDescent((PerturbedStochasticGradientDescentSettings)s)),
        new("saddle-ngd", "Saddle-NGD: normalised steps, Gaussian noise every N₀ iterations", "Levy 2016 (Farrell & Quintero Peña 2019, §1.1)", typeof(SaddleNormalizedGradientDescentSettings),
            (s, _, _) => new SaddleNormalizedGradientDescent((SaddleNormalizedGradientDescentSettings)s)),
        new("cubic", "adaptive cubic regularisation (ARC): s = argmin gᵀs + ½sᵀHs + (σ/3)‖s‖³ from HVPs, hard case included", "Nesterov & Polyak 2006; Cartis, Gould & Toint 2011, Alg. 2.1 (Bruna 2018, lecture 10)", typeof(CubicRegularizationSettings),
            (s, _, _) => new CubicRegularization((CubicRegularizationSettings)s)),
        new("nc-descent", "negative-curvature descent: gradient steps while ‖g‖ > ε, else a step ±(|λ|/ρ)v along vᵀHv = λ < −√(ρε)", "Xu, Jin & Yang 2018 (NEON); Allen-Zhu & Li 2018 (NEON2); Carmon, Duchi, Hinder & Sidford 2018", typeof(NegativeCurvatureDescentSettings),
            (s, _, _) => new NegativeCurvatureDescent((NegativeCurvatureDescentSettings)s)),
        new("saddle-free-newton", "saddle-free Newton: s = −(|Ĥ| + δI)⁻¹g in a Krylov subspace, backtracking; the most negative direction at g ≈ 0", "Dauphin, Pascanu, Gulcehre, Cho, Ganguli & Bengio 2014, Alg. 1", typeof(SaddleFreeNewtonSettings),
            (s, _, _) => new SaddleFreeNewton((SaddleFreeNewtonSettings)s)),
    ];

    private static ParameterSpec[] TheoryParameters =>
    [
        new("epsilon", "1e-3", "theory: ε of the ε-second-order stationary point"),
        new("l", "auto", "theory: gradient Lipschitz ℓ (auto = the problem's)"),
        new("rho", "auto", "theory: Hessian Lipschitz ρ (auto = the problem's)"),
        new("c", "1", "theory: the absolute constant c ≤ c_max"),
        new("delta", "0.1", "theory: failure probability δ"),
        new("delta_f", "auto", "theory: Δf ≥ f(x₀) − f* (auto = from the problem's ground truth)"),
    ];

    /// <summary>The optimiser called <paramref name="name"/>; a clear <see cref="ArgumentException"/> listing the known names otherwise.</summary>
    public static OptimizerDefinition Get(string name) =>
        All.FirstOrDefault(o => o.Name == name)
        ?? throw new ArgumentException($"unknown optimizer '{name}' (known: {string.Join(", ", All.Select(o => o.Name))})");

    /// <summary>
    /// The optimiser whose settings record is <paramref name="settings"/>'s type (each catalogue entry has its own record);
    /// a clear <see cref="ArgumentException"/> when none has.
    /// </summary>
    public static OptimizerDefinition For(IOptimizerSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return All.FirstOrDefault(o => o.SettingsType == settings.GetType())
            ?? throw new ArgumentException($"no catalogue optimizer takes {settings.GetType().Name} (known: {string.Join(", ", All.Select(o => o.SettingsType.Name))})", nameof(settings));
    }

    private static PerturbedGradientDescentSettings PgdSettings(PerturbedGradientDescentSettings practical, KeyValueSettings s, CatalogProblem problem)
    {
        if (s.Choice("mode", "practical", "theory") == "practical")
        {
            return practical;
        }

        var (l, rho, eps, c, delta, gap) = Theory(s, problem, "pgd", s.Number("epsilon"));
        return PerturbedGradientDescentSettings.FromTheory(problem.Instance.Manifold.TangentDimension, l, rho, eps, c, delta, gap) with
        {
            StopOnFailedEscape = practical.StopOnFailedEscape,
        };
    }

    private static PerturbedAcceleratedGradientDescentSettings PagdSettings(PerturbedAcceleratedGradientDescentSettings practical, KeyValueSettings s, CatalogProblem problem)
    {
        if (s.Choice("mode", "practical", "theory") == "practical")
        {
            return practical;
        }

        var (l, rho, eps, c, delta, gap) = Theory(s, problem, "pagd", practical.GradientThreshold);
        return PerturbedAcceleratedGradientDescentSettings.FromTheory(problem.Instance.Manifold.TangentDimension, l, rho, eps, c, delta, gap) with
        {
            NegativeCurvatureExploitation = practical.NegativeCurvatureExploitation,
            StopOnFailedEscape = practical.StopOnFailedEscape,
        };
    }

    private static (double L, double Rho, double Epsilon, double C, double Delta, double Gap) Theory(KeyValueSettings s, CatalogProblem problem, string who, double epsilon)
    {
        var p = problem.Instance;
        double Auto(string key, double? fromProblem)
        {
            if (!s.IsAuto(key))
            {
                return s.Number(key);
            }

            return fromProblem ?? throw new ArgumentException($"{who}: mode=theory needs '{key}' (problem {p.Name} does not provide it); give it with --opt {key}=VALUE");
        }

        double? gap = p.Truth?.GlobalMinimum is { } fStar ? Math.Max(p.Objective.Value(p.Start) - fStar, 1e-12) : null;
        return (
            Auto("l", p.Smoothness?.GradientLipschitz),
            Auto("rho", p.Smoothness?.HessianLipschitz),
            epsilon,
            s.Number("c"),
            s.Number("delta"),
            Auto("delta_f", gap));
    }
}
