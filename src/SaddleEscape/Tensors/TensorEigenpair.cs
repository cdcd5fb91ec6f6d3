namespace SaddleEscape.Tensors;

/// <summary>One recovered component: unit vector v̂ and eigenvalue μ̂ = T(v̂, …, v̂).</summary>
/// <param name="Vector">v̂, unit length.</param>
/// <param name="Eigenvalue">μ̂.</param>
public sealed record TensorEigenpair(double[] Vector, double Eigenvalue);
