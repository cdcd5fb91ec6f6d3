using SaddleEscape.Settings;

namespace SaddleEscape.Experiments.SpinGlass;

/// <summary>Settings of the spin-glass experiment: critical points of one spherical 3-spin glass per N, from many starts.</summary>
/// <param name="Spins">The N to run, one instance each (the claims are about N → ∞, so the trend over N is what can be read).</param>
/// <param name="Starts">Starts per N (one job each).</param>
/// <param name="DescentSteps">Gradient-descent steps on H before polishing, cycled over the starts: longer descents reach lower energies and indices.</param>
/// <param name="StepSize">Step size of that descent (Riemannian GD on the unit sphere).</param>
/// <param name="MaxIterations">Levenberg–Marquardt steps per start.</param>
/// <param name="BaseSeed">Seed of the couplings (one instance per N) and, with the start index, of each start.</param>
public sealed record SpinGlassSettings(
    [property: Setting("spins", "N, one instance each (a list: the claims are about the trend as N grows)", Minimum = 2)] IReadOnlyList<int> Spins,
    [property: Setting("starts", "starts per N (one job each)", Minimum = 1)] int Starts,
    [property: Setting("descent_steps", "GD steps before polishing, cycled over the starts", Minimum = 0)] IReadOnlyList<int> DescentSteps,
    double StepSize = 0.05,
    [property: Setting("max_iterations", "Levenberg–Marquardt steps per start", Minimum = 1)] int MaxIterations = 200,
    int BaseSeed = 0)
{
    private static readonly int[] Schedule = [0, 10, 30, 100, 300, 1000, 3000];

    /// <summary>N = 50, 140 starts (20 per descent length; about a minute on two cores, Release build).</summary>
    public static SpinGlassSettings Quick { get; } = new([50], 140, Schedule);

    /// <summary>
    /// N = 64, 100 and 200, 560 starts each (80 per descent length). Measured on this 2-core machine under load (Release):
    /// N = 100 in 30 min, N = 200 in 100 min; the polish's Hessian is one O(N³) contraction.
    /// </summary>
    public static SpinGlassSettings Full { get; } = new([64, 100, 200], 560, Schedule);
}
