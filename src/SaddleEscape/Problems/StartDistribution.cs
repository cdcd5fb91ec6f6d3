namespace SaddleEscape.Problems;

/// <summary>
/// A named way to draw a start point for a problem instance: a random distribution, or a fixed point such as the exact strict
/// saddle (g = 0) or a point on a saddle's stable manifold.
/// </summary>
/// <param name="Name">kebab-case name ("random", "saddle", "stable-manifold").</param>
/// <param name="Description">One line: the distribution, or which point and why it is special.</param>
/// <param name="Sample">Draws a start from a seed (a fixed point ignores it); the point is on the instance's manifold.</param>
/// <param name="IsExactSaddle">True when every sample is a strict saddle with zero gradient.</param>
public sealed record StartDistribution(string Name, string Description, Func<int, double[]> Sample, bool IsExactSaddle = false);
