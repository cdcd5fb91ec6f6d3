using SaddleEscape.Manifolds;
using SaddleEscape.Objectives;

namespace SaddleEscape.Benchmarking;

/// <summary>
/// What a solver is given for one SaddleBench run: an oracle the harness counts and watches, the manifold the points live
/// on, a start point, and the budget. The oracle returns Euclidean gradients and Hessian-vector products of f (as every
/// <see cref="Oracle"/> does); on a manifold the solver projects with <see cref="IManifold.ProjectToTangent"/> and
/// retracts with <see cref="IManifold.Retract"/> of <see cref="Manifold"/>, as the library's optimisers do.
/// </summary>
/// <param name="Family">The problem family's name (e.g. <c>octopus</c>).</param>
/// <param name="Dimension">The length of a point.</param>
/// <param name="Instance">The instance number (a seeded draw of the family).</param>
/// <param name="StartKind">The start's name (<c>exact-saddle</c> or <c>random</c>).</param>
/// <param name="Oracle">The counted oracle: f, ∇f, ∇²f·v and, where the problem has one, a stochastic gradient.</param>
/// <param name="Manifold">Where the points live (<see cref="Euclidean"/> for an unconstrained problem).</param>
/// <param name="Start">The start point (a copy: the solver may keep it).</param>
/// <param name="Budget">The budget in gradient-equivalents (a gradient, a stochastic gradient or a Hessian-vector product is one; a value alone is one).</param>
/// <param name="Seed">The seed for the solver's own randomness (same seed, same bits).</param>
/// <param name="GradientTolerance">The smallest ε of the suite's target ladder: a solver with a stopping tolerance may use it.</param>
public sealed record BenchTask(
    string Family, int Dimension, int Instance, string StartKind, Oracle Oracle, IManifold Manifold,
    double[] Start, long Budget, int Seed, double GradientTolerance);
