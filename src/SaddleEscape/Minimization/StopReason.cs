namespace SaddleEscape.Minimization;

/// <summary>
/// Why and when a run stopped, typed (Manopt's stopping criteria record their reason the same way): compare
/// <see cref="Code"/>, print <see cref="Name"/>.
/// </summary>
/// <param name="Code">The kind of reason.</param>
/// <param name="Iteration">The iteration t at which it fired.</param>
/// <param name="Name">
/// The kebab-case name written to <c>summary.json</c> (e.g. "target-value", "pgd-returned-x-tilde"): <see cref="StopCodeNames.Name"/> of the code, or the optimiser's own kebab-case
/// name for <see cref="StopCode.OptimizerFinished"/>; never a sentence (those go in <paramref name="Detail"/>).
/// </param>
/// <param name="Detail">One sentence with the numbers (diverged / left-domain stops, an optimiser's own finish); null otherwise.</param>
public sealed record StopReason(StopCode Code, long Iteration, string Name, string? Detail = null)
{
    /// <summary>A reason whose label is the code's own name.</summary>
    public static StopReason Of(StopCode code, long iteration, string? detail = null) => new(code, iteration, code.Name(), detail);

    /// <summary>True for a NaN/Inf or a departure from the domain.</summary>
    public bool IsDivergence => Code is StopCode.Diverged or StopCode.LeftDomain;

    /// <inheritdoc />
    public override string ToString() => Detail is null ? Name : $"{Name}: {Detail}";
}
