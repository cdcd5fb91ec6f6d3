using MathNet.Numerics.Distributions;
using SaddleEscape.Tensors;

namespace SaddleEscape.Problems;

/// <summary>
/// The spherical 3-spin glass (Bruna 2018, lecture 10, "Deep networks and spin glasses"; Auffinger, Ben Arous &amp; Černý
/// 2013): H_N(σ) = N^{−(p−1)/2} Σ_{ijk} J_{ijk} σ_iσ_jσ_k on the sphere ‖σ‖² = N, J_{ijk} i.i.d. N(0, 1), p = 3, so that
/// E[H(σ)H(σ′)] = N·(σ·σ′/N)^p. With σ = √N·x, x on the unit sphere, the energy per spin is
/// H/N = N^{−1/2}·J(x, x, x) = N^{−1/2}·J_sym(x, x, x), J_sym the symmetrisation of J: the objective here is that,
/// as <see cref="SphereCubicObjective"/> of the tensor −N^{−1/2}·J_sym (which minimises −T(x,x,x)).
/// Reference energies per spin for p = 3: the ground state ≈ <see cref="GroundStateEnergy"/> and the threshold
/// E∞ = −2√((p−1)/p) (<see cref="ThresholdEnergy"/>) below which, as N → ∞, local minima concentrate and above which
/// critical points of index k sit in bands of increasing energy (Auffinger, Ben Arous &amp; Černý 2013).
/// </summary>
public static class SphericalSpinGlass
{
    /// <summary>The order p.</summary>
    public const int Order = 3;

    /// <summary>Ground-state energy per spin of the spherical 3-spin glass as N → ∞ (Crisanti &amp; Sommers 1992; ≈ −1.657).</summary>
    public const double GroundStateEnergy = -1.657;

    /// <summary>E∞ = −2√((p−1)/p) ≈ −1.633 for p = 3.</summary>
    public static double ThresholdEnergy => -2 * Math.Sqrt((Order - 1.0) / Order);

    /// <summary>Largest N (the dense couplings hold N³ numbers).</summary>
    public const int MaxSpins = 200;

    /// <summary>The energy per spin on the unit sphere in R^N, couplings drawn from <paramref name="random"/>.</summary>
    public static SphereCubicObjective Create(int spins, Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        if (spins < 2 || spins > MaxSpins)
        {
            throw new ArgumentOutOfRangeException(nameof(spins), spins, $"the spin glass needs 2 ≤ N ≤ {MaxSpins} (dense couplings, N³ numbers)");
        }

        int n = spins;
        var j = new double[n * n * n];
        Normal.Samples(random, j, 0, 1);
        var sym = new double[j.Length];
        double scale = -1 / (6 * Math.Sqrt(n));
        for (int a = 0; a < n; a++)
        {
            for (int b = 0; b < n; b++)
            {
                for (int c = 0; c < n; c++)
                {
                    double s = j[(((a * n) + b) * n) + c] + j[(((a * n) + c) * n) + b] + j[(((b * n) + a) * n) + c]
                        + j[(((b * n) + c) * n) + a] + j[(((c * n) + a) * n) + b] + j[(((c * n) + b) * n) + a];
                    sym[(((a * n) + b) * n) + c] = scale * s;
                }
            }
        }

        var tensor = new DenseSymmetricTensor(Order, n);
        tensor.SetData(sym);
        return new SphereCubicObjective(tensor);
    }
}
