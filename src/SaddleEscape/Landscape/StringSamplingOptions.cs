namespace SaddleEscape.Landscape;

/// <summary>Settings of <see cref="DynamicStringSampling"/>.</summary>
/// <param name="Margin">A segment is accepted when its energy stays below u₀ + margin·|u₀| (u₀·(1 + margin) for u₀ &gt; 0).</param>
/// <param name="MaxBeads">Budget of inserted beads; past it the path is reported as not connected (within the budget).</param>
/// <param name="Checks">Interior points at which each segment's energy is evaluated.</param>
/// <param name="StepSize">Gradient step of the pull-down.</param>
/// <param name="MaxPullSteps">Gradient steps at most per pull-down.</param>
public sealed record StringSamplingOptions(double Margin = 0.05, int MaxBeads = 64, int Checks = 16, double StepSize = 0.01, int MaxPullSteps = 10_000)
{
    /// <summary>Throws one clear <see cref="ArgumentException"/> on a bad setting.</summary>
    public StringSamplingOptions Validate()
    {
        if (!(Margin >= 0) || MaxBeads < 0 || Checks < 1 || !(StepSize > 0) || MaxPullSteps < 1)
        {
            throw new ArgumentException($"string sampling: margin ≥ 0, beads ≥ 0, checks ≥ 1, step size > 0 and pull steps ≥ 1 (got {this})");
        }

        return this;
    }
}
