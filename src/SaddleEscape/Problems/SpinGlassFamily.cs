using SaddleEscape.Manifolds;
using SaddleEscape.Numerics;

namespace SaddleEscape.Problems;

/// <summary><c>spin-glass</c>: the spherical 3-spin glass's energy per spin (<see cref="SphericalSpinGlass"/>); <c>--dim</c> is N.</summary>
public sealed class SpinGlassFamily : ProblemFamily<SpinGlassParameters>
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
    public override ProblemFootprint Footprint(int dimension, object parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        // The dense couplings hold N³ numbers, and a gradient contracts all of them.
        double n = dimension;
        return new ProblemFootprint(n, n * n * n, n * n * n);
    }

    /// <inheritdoc />
    public override ProblemInstance Create(int dimension, SpinGlassParameters parameters, int seed)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        Require("p", parameters.Order == SphericalSpinGlass.Order, parameters.Order, "3 (the implemented order)");
        RequireDimension(dimension, 2, SphericalSpinGlass.MaxSpins, " (dense couplings, N³ numbers)");
        var objective = SphericalSpinGlass.Create(dimension, SeedStreams.Random(parameters.CouplingsSeed ?? seed, "couplings"));
        var manifold = new Sphere(dimension);
        var random = RandomStarts.UniformOn(manifold, "uniform on the sphere");
        return new ProblemInstance
        {
            Name = Name,
            Objective = objective,
            Manifold = manifold,
            Start = random.Sample(seed),
            Starts = [random],
            SuggestedStepSize = 0.05,
        };
    }
}
