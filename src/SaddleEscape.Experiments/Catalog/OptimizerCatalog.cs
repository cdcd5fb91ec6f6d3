using SaddleEscape.Optimizers;

namespace SaddleEscape.Experiments.Catalog;

/// <summary>Every optimiser the library knows, with its <c>--opt</c> parameters and defaults.</summary>
public static class OptimizerCatalog
{
    private static readonly ParameterSpec StepSize = new("step_size", "auto", "η; auto = the problem's suggested step (≈ 1/ℓ)");
    private static readonly ParameterSpec BatchSize = new("batch_size", "1", "mini-batch size for problems with a stochastic oracle");
    private static readonly ParameterSpec NoiseDecay = new("noise_decay_steps", "0", "N_d: scale the noise by max(0, 1 − t/N_d); 0 = constant noise (the paper's)");

    /// <summary>All optimisers, in the order <c>saddle optimizers</c> lists them.</summary>
    public static IReadOnlyList<OptimizerDefinition> All { get; } =
    [
        new("gd", "gradient descent", "Bruna 2018, lecture 10 (vanilla gradient descent); Lee, Simchowitz, Jordan & Recht 2016", [StepSize],
            (s, p) => new GradientDescent(new GradientDescentSettings(Step(s, p)))),
        new("sgd", "SGD / mini-batch SGD", "Ghadimi & Lan 2013; Farrell & Quintero Peña 2019, Alg. 3", [StepSize, BatchSize],
            (s, p) => new StochasticGradientDescent(new StochasticGradientDescentSettings(Step(s, p), s.Int32("batch_size")))),
        new("noisy-sgd", "noisy SGD: w ← w − η(SG(w) + n), n uniform on the sphere", "Ge, Huang, Jin & Yuan 2015 (Goyal & Ullah, Alg. 1)",
            [StepSize, new("noise_radius", "1", "radius of the sphere the noise n is uniform on (1 in the paper)"), BatchSize, NoiseDecay,
                new("noise_space", "ambient", "on manifolds: ambient (noise in R^n, then the point is projected: the paper's) or tangent (noise in the tangent space)")],
            (s, p) => new NoisyStochasticGradientDescent(new NoisyStochasticGradientDescentSettings(Step(s, p), s.Number("noise_radius"), s.Int32("batch_size"), s.Integer("noise_decay_steps"),
                s.Choice("noise_space", "ambient", "tangent") == "ambient"))),
        new("noisy-sgd-gaussian", "noisy SGD with Gaussian noise: θ ← θ − η(∇g + ε + Z), Z ~ N(0, σ²I)", "Ge, Huang, Jin & Yuan 2015 as presented in Bruna 2018, lecture 10",
            [StepSize, new("noise_std", "1", "σ, per-coordinate standard deviation of Z"), BatchSize, NoiseDecay],
            (s, p) => new GaussianNoisyGradientDescent(new GaussianNoisyGradientDescentSettings(Step(s, p), s.Number("noise_std"), s.Int32("batch_size"), s.Integer("noise_decay_steps")))),
        new("pgd", "perturbed gradient descent", "Jin, Ge, Netrapalli, Kakade & Jordan 2017, Alg. 1 (Farrell & Quintero Peña 2019, Alg. 1)",
        [
            new("mode", "practical", "practical (the values below) or theory (Jin et al.'s formulas from l, rho, epsilon, c, delta, delta_f)"),
            StepSize,
            new("r", "0.01", "practical: perturbation radius r (uniform in the ball B₀(r))"),
            new("g_thres", "1e-6", "practical: perturb when ‖∇f‖ ≤ g_thres"),
            new("f_thres", "1e-7", "practical: an escape must lower f by f_thres within t_thres steps"),
            new("t_thres", "500", "practical: escape window in iterations"),
            new("stop_on_failed_escape", "true", "return x̃ when an escape fails (the paper); false keeps going"),
            .. TheoryParameters,
        ],
            (s, p) => new PerturbedGradientDescent(PgdSettings(s, p))),
        new("pagd", "perturbed accelerated GD with negative-curvature exploitation", "Jin, Netrapalli & Jordan 2018, Alg. 2–3 (Farrell & Quintero Peña 2019, Alg. 2)",
        [
            new("mode", "practical", "practical (the values below) or theory (Jin et al. 2018 Eq. 3 from l, rho, epsilon, c, delta, delta_f)"),
            StepSize,
            new("theta", "0.1", "practical: θ, momentum weight 1 − θ"),
            new("gamma", "auto", "practical: NCE curvature threshold γ; auto = θ²/η"),
            new("s", "0.01", "practical: NCE step length s"),
            new("r", "0.01", "practical: perturbation radius r"),
            new("epsilon", "1e-6", "gradient threshold ε for perturbing"),
            new("interval", "100", "practical: 𝒯, minimum iterations between perturbations"),
            new("f_thres", "1e-7", "practical: ℰ, the f drop within 𝒯 steps of a perturbation that counts as an escape"),
            new("nce", "true", "negative-curvature exploitation on/off"),
            new("stop_on_failed_escape", "true", "return x̃ when f has not dropped by ℰ within 𝒯 steps of a perturbation (as PGD does); false keeps going"),
            new("l", "auto", "theory: gradient Lipschitz ℓ (auto = the problem's)"),
            new("rho", "auto", "theory: Hessian Lipschitz ρ (auto = the problem's)"),
            new("c", "1", "theory: the absolute constant c"),
            new("delta", "0.1", "theory: failure probability δ"),
            new("delta_f", "auto", "theory: Δf ≥ f(x₀) − f* (auto = from the problem's ground truth)"),
        ],
            (s, p) => new PerturbedAcceleratedGradientDescent(PagdSettings(s, p))),
        new("psgd", "perturbed SGD / mini-batch PSGD: x ← x − η(g + ξ), ξ ~ N(0, (r²/d)I)", "Jin, Netrapalli, Ge, Kakade & Jordan 2019 (Farrell & Quintero Peña 2019, Alg. 4–5)",
            [StepSize, new("r", "0.01", "perturbation radius r (E‖ξ‖² = r²)"), BatchSize, NoiseDecay],
            (s, p) => new PerturbedStochasticGradientDescent(new PerturbedStochasticGradientDescentSettings(Step(s, p), s.Number("r"), s.Int32("batch_size"), s.Integer("noise_decay_steps")), p.Instance.Manifold.TangentDimension)),
        new("saddle-ngd", "Saddle-NGD: normalised steps, Gaussian noise every N₀ iterations", "Levy 2016 (Farrell & Quintero Peña 2019, §1.1)",
            [StepSize, new("theta", "1", "θ, noise scale (E‖θn‖² = θ²)"), new("n0", "100", "N₀, iterations between noise injections"), BatchSize],
            (s, p) => new SaddleNormalizedGradientDescent(new SaddleNormalizedGradientDescentSettings(Step(s, p), s.Number("theta"), s.Int32("n0"), s.Int32("batch_size")), p.Instance.Manifold.TangentDimension)),
        new("cubic", "adaptive cubic regularisation (ARC): s = argmin gᵀs + ½sᵀHs + (σ/3)‖s‖³ from HVPs, hard case included", "Nesterov & Polyak 2006; Cartis, Gould & Toint 2011, Alg. 2.1 (Bruna 2018, lecture 10)",
        [
            new("sigma", "1", "σ₀, the initial cubic weight"),
            new("sigma_min", "1e-8", "σ_min, the smallest σ"),
            new("eta1", "0.1", "η₁: accept a step when actual/model decrease ≥ η₁"),
            new("eta2", "0.9", "η₂: shrink σ when actual/model decrease ≥ η₂"),
            new("gamma", "2", "γ: σ ← γσ on rejection, σ/γ on a very good step"),
            new("krylov_dim", "50", "largest Krylov basis (and Lanczos steps) per subproblem"),
        ],
            (s, _) => new CubicRegularization(new CubicRegularizationSettings(s.Positive("sigma"), s.Positive("sigma_min"), s.Positive("eta1"), s.Positive("eta2"), s.Positive("gamma"), s.Int32AtLeast("krylov_dim", 1)))),
        new("nc-descent", "negative-curvature descent: gradient steps while ‖g‖ > ε, else a step ±(|λ|/ρ)v along vᵀHv = λ < −√(ρε)", "Xu, Jin & Yang 2018 (NEON); Allen-Zhu & Li 2018 (NEON2); Carmon, Duchi, Hinder & Sidford 2018",
        [
            StepSize,
            new("epsilon", "1e-6", "ε: look for negative curvature when ‖g‖ ≤ ε"),
            new("rho", "auto", "ρ: Hessian Lipschitz (auto = the problem's, else 1)"),
            new("oracle", "lanczos", "lanczos (HVPs) or first-order (NEON2: power iteration on gradient differences)"),
            new("iterations", "100", "Lanczos steps or first-order power iterations"),
            new("r", "1e-5", "first-order oracle: finite-difference radius"),
        ],
            (s, p) => new NegativeCurvatureDescent(new NegativeCurvatureDescentSettings(
                Step(s, p), s.Positive("epsilon"), s.IsAuto("rho") ? p.Instance.Smoothness?.HessianLipschitz ?? 1 : s.Positive("rho"),
                s.Choice("oracle", "lanczos", "first-order") == "lanczos" ? NegativeCurvatureOracle.Lanczos : NegativeCurvatureOracle.FirstOrder,
                s.Int32AtLeast("iterations", 1), s.Positive("r")))),
        new("saddle-free-newton", "saddle-free Newton: s = −(|Ĥ| + δI)⁻¹g in a Krylov subspace, backtracking; the most negative direction at g ≈ 0", "Dauphin, Pascanu, Gulcehre, Cho, Ganguli & Bengio 2014, Alg. 1",
        [
            new("damping", "1e-3", "δ, added to |Λ|"),
            new("krylov_dim", "20", "k, the Krylov subspace dimension"),
            new("max_step", "1", "first step length tried along negative curvature at g ≈ 0"),
            new("g_floor", "1e-8", "below this ‖g‖ use the most negative direction"),
        ],
            (s, _) => new SaddleFreeNewton(new SaddleFreeNewtonSettings(s.Positive("damping"), s.Int32AtLeast("krylov_dim", 1), s.Positive("max_step"), s.Number("g_floor")))),
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

    private static double Step(KeyValueSettings s, CatalogProblem p)
    {
        if (!s.IsAuto("step_size"))
        {
            return s.Number("step_size");
        }

        // The step was not given: if the problem's settings make its suggestion unusable, say which settings, not step_size.
        double suggested = p.Instance.SuggestedStepSize;
        if (!(suggested > 0 && double.IsFinite(suggested)))
        {
            var defaults = ProblemCatalog.All.FirstOrDefault(d => d.Name == p.Instance.Name)?.Parameters.ToDictionary(q => q.Key, q => q.Default, StringComparer.Ordinal) ?? [];
            var changed = p.Settings.Where(kv => !defaults.TryGetValue(kv.Key, out var d) || d != kv.Value).Select(kv => $"{kv.Key}={kv.Value}").ToList();
            throw new ArgumentException(FormattableString.Invariant(
                $"problem {p.Instance.Name}{(changed.Count > 0 ? $" with --set {string.Join(" ", changed)}" : "")} suggests the step size {suggested}, which no optimizer can use; make those settings moderate or give --opt step_size=VALUE"));
        }

        return suggested;
    }

    private static PerturbedGradientDescentSettings PgdSettings(KeyValueSettings s, CatalogProblem problem)
    {
        if (s.Choice("mode", "practical", "theory") == "theory")
        {
            var (l, rho, eps, c, delta, gap) = Theory(s, problem, "pgd");
            return PerturbedGradientDescentSettings.FromTheory(problem.Instance.Manifold.TangentDimension, l, rho, eps, c, delta, gap) with
            {
                StopOnFailedEscape = s.Boolean("stop_on_failed_escape"),
            };
        }

        return new PerturbedGradientDescentSettings(
            Step(s, problem), s.Number("r"), s.Number("g_thres"), s.Number("f_thres"),
            s.Integer("t_thres"), s.Boolean("stop_on_failed_escape"));
    }

    private static PerturbedAcceleratedGradientDescentSettings PagdSettings(KeyValueSettings s, CatalogProblem problem)
    {
        if (s.Choice("mode", "practical", "theory") == "theory")
        {
            var (l, rho, eps, c, delta, gap) = Theory(s, problem, "pagd");
            return PerturbedAcceleratedGradientDescentSettings.FromTheory(problem.Instance.Manifold.TangentDimension, l, rho, eps, c, delta, gap) with
            {
                NegativeCurvatureExploitation = s.Boolean("nce"),
                StopOnFailedEscape = s.Boolean("stop_on_failed_escape"),
            };
        }

        double eta = Step(s, problem);
        double theta = s.Number("theta");
        double gamma = s.IsAuto("gamma") ? theta * theta / eta : s.Number("gamma");
        return new PerturbedAcceleratedGradientDescentSettings(
            eta, theta, gamma, s.Number("s"), s.Number("r"), s.Number("epsilon"),
            s.Integer("interval"), s.Number("f_thres"), s.Boolean("nce"), s.Boolean("stop_on_failed_escape"));
    }

    private static (double L, double Rho, double Epsilon, double C, double Delta, double Gap) Theory(KeyValueSettings s, CatalogProblem problem, string who)
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
            s.Number("epsilon"),
            s.Number("c"),
            s.Number("delta"),
            Auto("delta_f", gap));
    }
}
