namespace SaddleEscape.Experiments.SpinGlass;

/// <summary>One start: a uniform point on the sphere, some descent steps, then the critical-point polish.</summary>
/// <param name="Spins">N.</param>
/// <param name="CouplingsSeed">Seed of the instance.</param>
/// <param name="Start">Index of the start (its seed).</param>
/// <param name="DescentSteps">GD steps before polishing.</param>
/// <param name="StepSize">GD step size.</param>
/// <param name="MaxIterations">Levenberg–Marquardt steps.</param>
public sealed record SpinGlassJob(int Spins, int CouplingsSeed, int Start, int DescentSteps, double StepSize, int MaxIterations);
