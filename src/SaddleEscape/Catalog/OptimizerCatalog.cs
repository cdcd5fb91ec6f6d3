using SaddleEscape.Optimizers;
using SaddleEscape.Problems;

namespace SaddleEscape.Catalog;

/// <summary>Every optimiser the library knows, with its <c>--opt</c> parameters and defaults.</summary>
public static class OptimizerCatalog
{
    private static readonly ParameterSpec StepSize = new("step_size", "auto", "η; auto = the problem's suggested step (≈ 1/ℓ)");
    private static readonly ParameterSpec BatchSize = new("batch_size", "1", "mini-batch size for problems with a stochastic oracle");
    private static readonly ParameterSpec NoiseDecay = new("noise_decay_steps", "0", "N_d: scale the noise by max(0, 1 − t/N_d); 0 = constant noise (the paper's)");

    /// <summary>All optimisers, in the order <c>saddle optimizers</c> lists them.</summary>
    public static IReadOnlyList<OptimizerDefinition> All { get; } =
    [
        new("gd", "gradient descent", "seed 002 (vanilla gradient descent); Lee et al. 2016", [StepSize],
            (s, p) => new GradientDescent(Step(s, p))),
        new("sgd", "SGD / mini-batch SGD", "seed 004 Alg. 3 (Ghadimi & Lan 2013)", [StepSize, BatchSize],
            (s, p) => new StochasticGradientDescent(Step(s, p), Batch(s))),
        new("noisy-sgd", "noisy SGD: w ← w − η(SG(w) + n), n uniform on the sphere", "seed 000 Alg. 1 (Ge, Huang, Jin & Yuan 2015)",
            [StepSize, new("noise_radius", "1", "radius of the sphere the noise n is uniform on (1 in the paper)"), BatchSize, NoiseDecay],
            (s, p) => new NoisyStochasticGradientDescent(Step(s, p), s.Number("noise_radius", 1), Batch(s), s.Integer("noise_decay_steps", 0))),
        new("noisy-sgd-gaussian", "noisy SGD with Gaussian noise: θ ← θ − η(∇g + ε + Z), Z ~ N(0, σ²I)", "seed 002 ('Escaping from saddle points', Ge et al. '15)",
            [StepSize, new("noise_std", "1", "σ, per-coordinate standard deviation of Z"), BatchSize, NoiseDecay],
            (s, p) => new GaussianNoisyGradientDescent(Step(s, p), s.Number("noise_std", 1), Batch(s), s.Integer("noise_decay_steps", 0))),
        new("pgd", "perturbed gradient descent", "seed 004 Alg. 1 (Jin, Ge, Netrapalli, Kakade & Jordan 2017)",
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
        new("pagd", "perturbed accelerated GD with negative-curvature exploitation", "seed 004 Alg. 2 (Jin, Netrapalli & Jordan 2018, Alg. 2–3)",
        [
            new("mode", "practical", "practical (the values below) or theory (Jin et al. 2018 Eq. 3 from l, rho, epsilon, c, delta, delta_f)"),
            StepSize,
            new("theta", "0.1", "practical: θ, momentum weight 1 − θ"),
            new("gamma", "auto", "practical: NCE curvature threshold γ; auto = θ²/η"),
            new("s", "0.01", "practical: NCE step length s"),
            new("r", "0.01", "practical: perturbation radius r"),
            new("epsilon", "1e-6", "gradient threshold ε for perturbing"),
            new("interval", "100", "practical: 𝒯, minimum iterations between perturbations"),
            new("f_thres", "1e-7", "practical: f drop within 𝒯 steps that counts as an escape (reporting only)"),
            new("nce", "true", "negative-curvature exploitation on/off"),
            new("l", "auto", "theory: gradient Lipschitz ℓ (auto = the problem's)"),
            new("rho", "auto", "theory: Hessian Lipschitz ρ (auto = the problem's)"),
            new("c", "1", "theory: the absolute constant c"),
            new("delta", "0.1", "theory: failure probability δ"),
            new("delta_f", "auto", "theory: Δf ≥ f(x₀) − f* (auto = from the problem's ground truth)"),
        ],
            (s, p) => new PerturbedAcceleratedGradientDescent(PagdSettings(s, p))),
        new("psgd", "perturbed SGD / mini-batch PSGD: x ← x − η(g + ξ), ξ ~ N(0, (r²/d)I)", "seed 004 Alg. 4–5 (Jin et al. 2019)",
            [StepSize, new("r", "0.01", "perturbation radius r (E‖ξ‖² = r²)"), BatchSize, NoiseDecay],
            (s, p) => new PerturbedStochasticGradientDescent(Step(s, p), s.Number("r", 0.01), Batch(s), p.Manifold.TangentDimension, s.Integer("noise_decay_steps", 0))),
        new("saddle-ngd", "Saddle-NGD: normalised steps, Gaussian noise every N₀ iterations", "seed 004 §1.1 (Levy 2016)",
            [StepSize, new("theta", "1", "θ, noise scale (E‖θn‖² = θ²)"), new("n0", "100", "N₀, iterations between noise injections"), BatchSize],
            (s, p) => new SaddleNormalizedGradientDescent(Step(s, p), s.Number("theta", 1), (int)Math.Clamp(s.Integer("n0", 100), 0, int.MaxValue), p.Manifold.TangentDimension, Batch(s))),
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

    private static double Step(KeyValueSettings s, ProblemInstance p) =>
        s.Text("step_size", "auto") == "auto" ? p.SuggestedStepSize : s.Number("step_size", p.SuggestedStepSize);

    private static int Batch(KeyValueSettings s) => (int)Math.Clamp(s.Integer("batch_size", 1), int.MinValue, int.MaxValue);

    private static PerturbedGradientDescentSettings PgdSettings(KeyValueSettings s, ProblemInstance p)
    {
        if (s.Choice("mode", "practical", "practical", "theory") == "theory")
        {
            var (l, rho, eps, c, delta, gap) = Theory(s, p, "pgd", 1e-3);
            return PerturbedGradientDescentSettings.FromTheory(p.Manifold.TangentDimension, l, rho, eps, c, delta, gap) with
            {
                StopOnFailedEscape = s.Boolean("stop_on_failed_escape", true),
            };
        }

        return new PerturbedGradientDescentSettings(
            Step(s, p), s.Number("r", 0.01), s.Number("g_thres", 1e-6), s.Number("f_thres", 1e-7),
            s.Integer("t_thres", 500), s.Boolean("stop_on_failed_escape", true));
    }

    private static PerturbedAcceleratedGradientDescentSettings PagdSettings(KeyValueSettings s, ProblemInstance p)
    {
        if (s.Choice("mode", "practical", "practical", "theory") == "theory")
        {
            var (l, rho, eps, c, delta, gap) = Theory(s, p, "pagd", 1e-6);
            return PerturbedAcceleratedGradientDescentSettings.FromTheory(p.Manifold.TangentDimension, l, rho, eps, c, delta, gap) with
            {
                NegativeCurvatureExploitation = s.Boolean("nce", true),
            };
        }

        double eta = Step(s, p);
        double theta = s.Number("theta", 0.1);
        double gamma = s.Text("gamma", "auto") == "auto" ? theta * theta / eta : s.Number("gamma", 0);
        return new PerturbedAcceleratedGradientDescentSettings(
            eta, theta, gamma, s.Number("s", 0.01), s.Number("r", 0.01), s.Number("epsilon", 1e-6),
            s.Integer("interval", 100), s.Number("f_thres", 1e-7), s.Boolean("nce", true));
    }

    private static (double L, double Rho, double Epsilon, double C, double Delta, double Gap) Theory(KeyValueSettings s, ProblemInstance p, string who, double defaultEpsilon)
    {
        double Auto(string key, double? fromProblem)
        {
            if (s.Text(key, "auto") != "auto")
            {
                return s.Number(key, 0);
            }

            return fromProblem ?? throw new ArgumentException($"{who}: mode=theory needs '{key}' (problem {p.Name} does not provide it); give it with --opt {key}=VALUE");
        }

        double? gap = p.Truth?.GlobalMinimum is { } fStar ? Math.Max(p.Objective.Value(p.Start) - fStar, 1e-12) : null;
        return (
            Auto("l", p.Smoothness?.GradientLipschitz),
            Auto("rho", p.Smoothness?.HessianLipschitz),
            s.Number("epsilon", defaultEpsilon),
            s.Number("c", 1),
            s.Number("delta", 0.1),
            Auto("delta_f", gap));
    }
}
