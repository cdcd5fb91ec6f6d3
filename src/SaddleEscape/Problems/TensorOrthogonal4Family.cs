using SaddleEscape.Manifolds;
using SaddleEscape.Numerics;
using SaddleEscape.Objectives;
using SaddleEscape.Tensors;

namespace SaddleEscape.Problems;

/// <summary>
/// <c>tensor-orthogonal-4</c>: orthogonal 4th-order tensor decomposition on the product of unit spheres (Goyal &amp; Ullah
/// Eq. 5–6; Ge, Huang, Jin &amp; Yuan 2015), the tensor drawn from the seed (each seed a fresh instance).
/// </summary>
public sealed class TensorOrthogonal4Family : ProblemFamily<TensorOrthogonal4Parameters>
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
    protected override IReadOnlyList<OptimizerRecommendation> Recommend(TensorOrthogonal4Parameters parameters) => TensorRecommendations.NoiseSwitchedOff;

    /// <inheritdoc />
    public override ProblemFootprint Footprint(int dimension, object parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        // k unit vectors in R^d; the tensor keeps its k components (and d noise terms); a gradient pairs every u_i with every term.
        double d = dimension, k = Math.Clamp(((TensorOrthogonal4Parameters)parameters).Components ?? dimension, 1, d);
        return new ProblemFootprint(k * d, (2 * k * d) + (d * d), k * d * (k + d));
    }

    /// <inheritdoc />
    public override ProblemInstance Create(int dimension, TensorOrthogonal4Parameters parameters, int seed)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var p = parameters;
        RequireDimension(dimension, 2);
        int k = p.Components ?? dimension;
        double sigma = p.Noise;
        Require("components", k >= 2 && k <= dimension, k, $"in [2, d = {dimension}]");
        Require("noise", sigma >= 0 && double.IsFinite(sigma), sigma, "≥ 0");
        var noiseForm = p.NoiseForm == TensorNoiseForm.Auto ? (dimension <= 10 ? TensorNoiseForm.Dense : TensorNoiseForm.LowRank) : p.NoiseForm;
        if (noiseForm == TensorNoiseForm.Dense && sigma > 0 && dimension > 16)
        {
            throw new ArgumentException($"{Owner}: dense noise needs d ≤ 16 (d^4 entries); use noise_form=low-rank");
        }

        // The tensor depends on the seed too: each seed is a fresh problem instance, as in the experiments.
        var random = SeedStreams.Random(seed, "tensor-components");
        var components = RandomComponents.Orthonormal(k, dimension, random);
        var lambdas = p.Weights == PositiveWeights.Ones ? Enumerable.Repeat(1.0, k).ToArray() : Enumerable.Range(0, k).Select(_ => 1 + random.NextDouble()).ToArray();
        var flat = RandomComponents.Flatten(components);
        ISymmetricTensor tensor;
        double squaredNorm;
        if (sigma > 0 && noiseForm == TensorNoiseForm.LowRank)
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

        IObjective objective = p.Objective == OrthogonalTensorObjectiveForm.Ge
            ? new OrthogonalTensorObjective(tensor, k)
            : new FrobeniusTensorObjective(tensor, k, squaredNorm);
        var manifold = new ProductOfSpheres(k, dimension);
        var uniform = RandomStarts.UniformOn(manifold, "each u_i uniform on the unit sphere");
        double? fStar = sigma > 0 ? null : p.Objective == OrthogonalTensorObjectiveForm.Ge || p.Weights == PositiveWeights.Ones ? 0.0 : null;
        return new ProblemInstance
        {
            Name = Name,
            Size = dimension,
            Objective = objective,
            Manifold = manifold,
            Start = uniform.Sample(seed),
            Starts = [uniform],
            SuggestedStepSize = p.Objective == OrthogonalTensorObjectiveForm.Ge ? 0.05 : 0.02,
            Symmetry = new PointSymmetry("permutations of the k unit vectors and their signs", (a, b) => ComponentMatching.Error(a, b, dimension)),
            Truth = new GroundTruth(
                fStar,
                "max over matched pairs of min_s ‖u_i − s·a_π(i)‖, π the Hungarian assignment over permutations and signs",
                x => ComponentMatching.Error(x, flat, dimension))
            {
                Minimizer = fStar is null ? null : flat,
            },
            Recommendations = Recommend(p),
        };
    }
}
