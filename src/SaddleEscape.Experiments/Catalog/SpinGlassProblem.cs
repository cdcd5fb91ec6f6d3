using SaddleEscape.Manifolds;
using SaddleEscape.Numerics;
using SaddleEscape.Problems;

namespace SaddleEscape.Experiments.Catalog;

/// <summary>Catalogue entry <c>spin-glass</c>: the spherical 3-spin glass's energy per spin (<see cref="SphericalSpinGlass"/>).</summary>
public sealed class SpinGlassProblem : ProblemDefinition
{
    /// <inheritdoc />
    public override string Name => "spin-glass";

    /// <inheritdoc />
    public override string Summary => "spherical 3-spin glass H/N on ‖σ‖² = N (Gaussian couplings from the seed); --dim is N";

    /// <inheritdoc />
    public override string Reference => "Auffinger, Ben Arous & Černý 2013 (Bruna 2018, lecture 10, 'Deep networks and spin glasses')";

    /// <inheritdoc />
    public override string GroundTruthSummary => "no closed form per instance; as N → ∞ the ground state ≈ −1.657 and local minima concentrate below E∞ = −2√(2/3) ≈ −1.633";

    /// <inheritdoc />
    public override int DefaultDimension => 50;

    /// <inheritdoc />
    public override IReadOnlyList<ParameterSpec> Parameters { get; } =
    [
        new("p", "3", "order of the interaction (3: the implemented one)"),
        new("couplings_seed", "auto", "seed of the couplings J (auto = the run's seed); the start is drawn from the run's seed"),
    ];

    /// <inheritdoc />
    protected override ProblemInstance Build(int dimension, KeyValueSettings settings, int seed)
    {
        ArgumentNullException.ThrowIfNull(settings);
        string owner = settings.Owner;
        double p = settings.Number("p");
        Require(owner, "p", p == SphericalSpinGlass.Order, p, "3 (the implemented order)");
        if (dimension < 2 || dimension > SphericalSpinGlass.MaxSpins)
        {
            throw new ArgumentException($"{owner}: N (--dim) must be in [2, {SphericalSpinGlass.MaxSpins}] (dense couplings, N³ numbers; got {dimension})");
        }

        int couplings = settings.IsAuto("couplings_seed") ? seed : (int)Math.Clamp(settings.Integer("couplings_seed"), int.MinValue, int.MaxValue);
        var objective = SphericalSpinGlass.Create(dimension, SeedStreams.Random(couplings, "couplings"));
        var manifold = new Sphere(dimension);
        return new ProblemInstance
        {
            Name = Name,
            Objective = objective,
            Manifold = manifold,
            Start = RandomStartOn(manifold, seed),
            SuggestedStepSize = 0.05,
        };
    }
}
