using MathNet.Numerics.Distributions;
using SaddleEscape.Numerics;
using SaddleEscape.Problems;
using SaddleEscape.Manifolds;
using SaddleEscape.Objectives;
using SaddleEscape.Tensors;
using System.Numerics.Tensors;

namespace SaddleEscape.Experiments.Catalog;

/// <summary>
/// Catalogue entry <c>tensor-orthogonal-4</c>: recover the k orthonormal components of
/// T = Σ_i λ_i a_i^⊗4 (+ symmetric noise E, ‖E‖_F = σ) with k unit vectors u_i ∈ R^d on the product
/// of spheres, minimising Ge et al.'s Eq. 6 (default) or the Frobenius Eq. 5 (Goyal &amp; Ullah).
/// Recovery error: <see cref="ComponentMatching"/> (Hungarian matching over permutations and signs,
/// largest matched distance).
/// </summary>
public sealed class TensorOrthogonal4Problem : ProblemDefinition
{
    /// <inheritdoc />
    public override string Name => "tensor-orthogonal-4";

    /// <inheritdoc />
    public override string Summary => "orthogonal 4th-order tensor decomposition on the product of unit spheres";

    /// <inheritdoc />
    public override string Reference => "Goyal & Ullah Eq. 5–6 (Ge, Huang, Jin & Yuan 2015)";

    /// <inheritdoc />
    public override string GroundTruthSummary => "Eq. 6: global minima u = ±a_π (f* = 0 without noise), every other critical point a strict saddle (Ge et al. 2015)";

    /// <inheritdoc />
    public override int DefaultDimension => 10;

    /// <inheritdoc />
    public override IReadOnlyList<ParameterSpec> Parameters { get; } =
    [
        new("objective", "ge", "ge (Eq. 6, Σ_{i≠j} T(u_i,u_i,u_j,u_j)) or frobenius (Eq. 5, ‖T − Σu_i^⊗4‖²)"),
        new("components", "auto", "k, number of components and of unit vectors (auto = d)"),
        new("weights", "ones", "λ_i: ones, or random (uniform in [1, 2])"),
        new("noise", "0", "σ ≥ 0: additive symmetric noise with ‖E‖_F = σ"),
        new("noise_form", "auto", "dense (symmetrised Gaussian, d ≤ 16), low-rank (Σ ±g_l^⊗4, rank d), auto = dense for d ≤ 10"),
    ];

    /// <inheritdoc />
    public override IReadOnlyDictionary<string, string[]> Recommendations(KeyValueSettings settings) => new Dictionary<string, string[]>
    {
        // Ge et al.'s noisy SGD with a finite accuracy target: the noise is switched off gradually so
        // that the run ends at a stationary point the certificate can judge.
        ["noisy-sgd"] = ["noise_radius=0.05", "noise_decay_steps=4000"],
        ["noisy-sgd-gaussian"] = ["noise_std=0.01", "noise_decay_steps=4000"],
        ["psgd"] = ["r=0.05", "noise_decay_steps=4000"],
    };

    /// <inheritdoc />
    public override ProblemFootprint Footprint(int dimension, KeyValueSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        // k unit vectors in R^d; the tensor keeps its k components (and d noise terms); a gradient pairs every u_i with every term.
        double d = dimension, k = settings.IsAuto("components") ? d : Math.Clamp(settings.Integer("components"), 1, d);
        return new ProblemFootprint(k * d, (2 * k * d) + (d * d), k * d * (k + d));
    }

    /// <inheritdoc />
    protected override ProblemInstance Build(int dimension, KeyValueSettings settings, int seed)
    {
        ArgumentNullException.ThrowIfNull(settings);
        string owner = settings.Owner;
        if (dimension < 2)
        {
            throw new ArgumentException($"{owner}: dimension must be ≥ 2 (got {dimension})");
        }

        string objectiveName = settings.Choice("objective", "ge", "frobenius");
        int k = settings.IsAuto("components") ? dimension : (int)Math.Clamp(settings.Integer("components"), int.MinValue, int.MaxValue);
        string weightsKind = settings.Choice("weights", "ones", "random");
        double sigma = settings.Number("noise");
        string noiseForm = settings.Choice("noise_form", "auto", "dense", "low-rank");
        Require(owner, "components", k >= 2 && k <= dimension, k, $"in [2, d = {dimension}]");
        Require(owner, "noise", sigma >= 0, sigma, "≥ 0");
        if (noiseForm == "auto")
        {
            noiseForm = dimension <= 10 ? "dense" : "low-rank";
        }

        if (noiseForm == "dense" && sigma > 0 && dimension > 16)
        {
            throw new ArgumentException($"{owner}: dense noise needs d ≤ 16 (d^4 entries); use noise_form=low-rank");
        }

        // The tensor depends on the seed too: each seed is a fresh problem instance, as in the experiments.
        var random = SeedStreams.Random(seed, "tensor-components");
        var components = RandomComponents.Orthonormal(k, dimension, random);
        var lambdas = weightsKind == "ones" ? Enumerable.Repeat(1.0, k).ToArray() : Enumerable.Range(0, k).Select(_ => 1 + random.NextDouble()).ToArray();
        var flat = RandomComponents.Flatten(components);
        ISymmetricTensor tensor;
        double squaredNorm;
        if (sigma > 0 && noiseForm == "low-rank")
        {
            var (nw, nf) = SymmetricNoise.LowRank(4, dimension, dimension, sigma, random);
            tensor = new LowRankSymmetricTensor(4, lambdas, flat, dimension).Append(nw, nf);
            squaredNorm = ((LowRankSymmetricTensor)tensor).ToDenseNormSquared();
        }
        else
        {
            var signal = new LowRankSymmetricTensor(4, lambdas, flat, dimension);
            if (sigma > 0)
            {
                var noise = SymmetricNoise.Dense(4, dimension, sigma, random);
                tensor = new SumOfSymmetricTensors(signal, noise);
                var dense = signal.ToDense();
                dense.AddScaled(noise, 1);
                squaredNorm = dense.SquaredNorm();
            }
            else
            {
                tensor = signal;
                squaredNorm = signal.ToDenseNormSquared();
            }
        }

        IObjective objective = objectiveName == "ge"
            ? new OrthogonalTensorObjective(tensor, k)
            : new FrobeniusTensorObjective(tensor, k, squaredNorm);
        var manifold = new ProductOfSpheres(k, dimension);
        var x0 = RandomStartOn(manifold, seed);
        double? fStar = sigma > 0 ? null : objectiveName == "ge" || weightsKind == "ones" ? 0.0 : null;
        return new ProblemInstance
        {
            Name = Name,
            Size = dimension,
            Objective = objective,
            Manifold = manifold,
            Start = x0,
            SuggestedStepSize = objectiveName == "ge" ? 0.05 : 0.02,
            Symmetry = new PointSymmetry("permutations of the k unit vectors and their signs", (a, b) => ComponentMatching.Error(a, b, dimension)),
            Truth = new GroundTruth(
                fStar,
                "max over matched pairs of min_s ‖u_i − s·a_π(i)‖, π the Hungarian assignment over permutations and signs",
                x => ComponentMatching.Error(x, flat, dimension)),
        };
    }
}
