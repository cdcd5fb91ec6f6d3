namespace SaddleEscape.Problems;

/// <summary>
/// A problem's symmetry group, as a distance between points modulo it: two critical points at distance ≈ 0 are the same
/// point up to symmetry (e.g. permutations and signs of tensor components, sign flips of coordinates).
/// </summary>
/// <param name="Description">One line: which group.</param>
/// <param name="Distance">min over the group of ‖g·a − b‖ (or an equivalent metric that is 0 exactly on an orbit).</param>
public sealed record PointSymmetry(string Description, Func<double[], double[], double> Distance)
{
    /// <summary>f depends on each coordinate only through its absolute value: the distance is ‖|a| − |b|‖.</summary>
    public static PointSymmetry CoordinateSigns { get; } = new("sign flips of each coordinate", (a, b) =>
    {
        double s = 0;
        for (int i = 0; i < a.Length; i++)
        {
            double d = Math.Abs(a[i]) - Math.Abs(b[i]);
            s += d * d;
        }

        return Math.Sqrt(s);
    });
}
