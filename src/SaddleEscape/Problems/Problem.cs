using SaddleEscape.Landscape;
using SaddleEscape.Manifolds;
using SaddleEscape.Objectives;
using SaddleEscape.Optimizers;

namespace SaddleEscape.Problems;

/// <summary>
/// A problem to minimise, as a user brings it: an objective on a manifold, and what is known about it (f*, ℓ and ρ, a safe
/// step size). Build one from functions with <see cref="Euclidean"/>, or from an <see cref="IObjective"/> with
/// <see cref="On"/>; run it with <see cref="Minimize.Run"/>. The catalogue's instances give theirs as
/// <see cref="ProblemInstance.Problem"/>.
/// </summary>
public sealed record Problem
{
    /// <summary>The objective.</summary>
    public required IObjective Objective { get; init; }

    /// <summary>The manifold it lives on.</summary>
    public required IManifold Manifold { get; init; }

    /// <summary>A stochastic oracle, when the problem has one.</summary>
    public IStochasticObjective? Stochastic { get; init; }

    /// <summary>A name for reports.</summary>
    public string Name { get; init; } = "problem";

    /// <summary>f*, the global minimum value, when known: the certificate then says whether a local minimum is global or spurious.</summary>
    public double? KnownMinimum { get; init; }

    /// <summary>ℓ and ρ when known (ρ sets the default stopping rule's √(ρε)).</summary>
    public Smoothness? Smoothness { get; init; }

    /// <summary>A safe step size (≈ 1/ℓ) for optimisers whose step is left "auto"; null lets them estimate one (<see cref="StepSizeRule"/>).</summary>
    public double? SuggestedStepSize { get; init; }

    /// <summary>
    /// Its continuous symmetry, when it has one (<see cref="ContinuousSymmetry.RightOrthogonal"/> for U ↦ UQ, …): the
    /// certificate projects the orbit's directions out, so that a minimum is called <c>local-min</c> up to the symmetry.
    /// </summary>
    public ContinuousSymmetry? Symmetry { get; init; }

    /// <summary>Length of a point.</summary>
    public int Dimension => Objective.Dimension;

    /// <summary>What the problem tells optimisers whose settings are "auto".</summary>
    public OptimizerHints Hints => new(SuggestedStepSize, Smoothness?.HessianLipschitz);

    /// <summary>
    /// f: R^<paramref name="dimension"/> → R from functions. Without <paramref name="hessianVector"/>, Hessian-vector products
    /// are central finite differences of the gradient.
    /// </summary>
    public static Problem Euclidean(int dimension, ValueFunction value, GradientFunction gradient, HessianVectorFunction? hessianVector = null) =>
        Of(hessianVector is null
            ? new FunctionObjective(dimension, value, gradient)
            : FunctionObjective.WithHessian(dimension, value, gradient, hessianVector));

    /// <summary><paramref name="objective"/> on R^n.</summary>
    public static Problem Of(IObjective objective)
    {
        ArgumentNullException.ThrowIfNull(objective);
        return On(new Manifolds.Euclidean(objective.Dimension), objective);
    }

    /// <summary><paramref name="objective"/> on <paramref name="manifold"/> (e.g. a sphere or a product of spheres).</summary>
    public static Problem On(IManifold manifold, IObjective objective)
    {
        ArgumentNullException.ThrowIfNull(manifold);
        ArgumentNullException.ThrowIfNull(objective);
        return manifold.AmbientDimension == objective.Dimension
            ? new Problem { Objective = objective, Manifold = manifold }
            : throw new ArgumentException($"the manifold's ambient dimension {manifold.AmbientDimension} differs from the objective's dimension {objective.Dimension}", nameof(manifold));
    }
}
