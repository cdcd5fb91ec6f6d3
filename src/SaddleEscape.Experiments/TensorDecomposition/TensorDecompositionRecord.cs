namespace SaddleEscape.Experiments.TensorDecomposition;

/// <summary>One run of the tensor-decomposition experiment.</summary>
/// <param name="Method">Method label.</param>
/// <param name="Dimension">d.</param>
/// <param name="Noisy">Whether T carried symmetric noise.</param>
/// <param name="Seed">Seed (tensor, start and noise).</param>
/// <param name="Error">Final recovery error (Hungarian matching over permutations and signs).</param>
/// <param name="Iterations">Optimiser iterations, or total power iterations.</param>
/// <param name="GradientEvaluations">Gradient evaluations charged to the optimiser (0 for the power method).</param>
/// <param name="WallSeconds">Wall time of the run (certificate excluded).</param>
/// <param name="Classification">Certificate of the final point on the product of spheres ("—" for the power method).</param>
/// <param name="LambdaMin">λ_min of the Riemannian Hessian at the end (NaN for the power method).</param>
/// <param name="Curve">Checkpoints.</param>
public sealed record TensorDecompositionRecord(
    string Method, int Dimension, bool Noisy, int Seed, double Error, long Iterations, long GradientEvaluations, double WallSeconds,
    string Classification, double LambdaMin, IReadOnlyList<CurvePoint> Curve);
