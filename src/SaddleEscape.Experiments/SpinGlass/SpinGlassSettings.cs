namespace SaddleEscape.Experiments.SpinGlass;

/// <summary>Settings of the spin-glass experiment: critical points of one spherical 3-spin glass from many starts.</summary>
/// <param name="Spins">N.</param>
/// <param name="Starts">Starts (one job each).</param>
/// <param name="DescentSteps">Gradient-descent steps on H before polishing, cycled over the starts: longer descents reach lower energies and indices.</param>
/// <param name="StepSize">Step size of that descent (Riemannian GD on the unit sphere).</param>
/// <param name="MaxIterations">Levenberg–Marquardt steps per start.</param>
/// <param name="BaseSeed">Seed of the couplings (one instance) and, with the start index, of each start.</param>
public sealed record SpinGlassSettings(int Spins, int Starts, IReadOnlyList<int> DescentSteps, double StepSize = 0.05, int MaxIterations = 200, int BaseSeed = 0)
{
    private static readonly int[] Schedule = [0, 10, 30, 100, 300, 1000, 3000];

    /// <summary>N = 50, 140 starts (20 per descent length; about a minute on two cores, Release build).</summary>
    public static SpinGlassSettings Quick { get; } = new(50, 140, Schedule);

    /// <summary>N = 64, 560 starts (80 per descent length; about 10 minutes on two cores, Release build — the cost grows as N⁴).</summary>
    public static SpinGlassSettings Full { get; } = new(64, 560, Schedule);
}
