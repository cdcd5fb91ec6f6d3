namespace SaddleEscape.Tensors;

/// <summary>
/// A symmetric tensor that forms its multilinear transform T(W, …, W) (Goyal &amp; Ullah Eq. 4 with
/// M₁ = … = M_p = W, W d×k) faster than k^p evaluations of its form — e.g. an implicit empirical moment.
/// </summary>
public interface ITransformableTensor : ISymmetricTensor
{
    /// <summary>T(W, …, W), a symmetric tensor of the same order in dimension k.</summary>
    ISymmetricTensor Transform(double[,] w);
}
