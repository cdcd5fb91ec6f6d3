using SaddleEscape.Manifolds;
using SaddleEscape.Objectives;

namespace SaddleEscape.Problems;

/// <summary>A problem made concrete: objective, manifold, start point, ground truth and hints for optimisers.</summary>
public sealed class ProblemInstance
{
    /// <summary>Catalogue name.</summary>
    public required string Name { get; init; }

    /// <summary>The objective.</summary>
    public required IObjective Objective { get; init; }

    /// <summary>A stochastic oracle for it, when the problem has one.</summary>
    public IStochasticObjective? Stochastic { get; init; }

    /// <summary>The manifold it lives on.</summary>
    public required IManifold Manifold { get; init; }

    /// <summary>The start point the problem's settings and seed produce.</summary>
    public required double[] Start { get; init; }

    /// <summary>Ground truth, when known.</summary>
    public GroundTruth? Truth { get; init; }

    /// <summary>A safe default step size (≈ 1/ℓ on the region runs visit).</summary>
    public required double SuggestedStepSize { get; init; }

    /// <summary>ℓ and ρ when the problem knows them.</summary>
    public Smoothness? Smoothness { get; init; }

    /// <summary>The problem's size parameter (<c>--dim</c>) when it differs from the length of a point (e.g. d for k vectors in R^d).</summary>
    public int? Size { get; init; }

    /// <summary>The problem's symmetries, when it declares them (critical points are de-duplicated up to them).</summary>
    public PointSymmetry? Symmetry { get; init; }

    /// <summary>A fresh counting oracle over the objective and its stochastic oracle.</summary>
    public Oracle CreateOracle() => new(Objective, Stochastic);
}
