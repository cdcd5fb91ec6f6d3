namespace SaddleEscape.Manifolds;

/// <summary>The unit sphere S^{n−1} ⊂ R^n (Goyal &amp; Ullah Eq. 7/12: max T(u,u,u) subject to ‖u‖ = 1).</summary>
public sealed class Sphere : ProductOfSpheres
{
    /// <summary>S^{<paramref name="dimension"/>−1}.</summary>
    public Sphere(int dimension)
        : base(1, dimension)
    {
    }

    /// <inheritdoc />
    public override string Name => "sphere";
}
