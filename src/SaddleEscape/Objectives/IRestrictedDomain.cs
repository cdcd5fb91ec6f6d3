namespace SaddleEscape.Objectives;

/// <summary>
/// An objective defined only on part of R^n (e.g. the tube of Du et al.'s octopus function).
/// Outside it the objective's value is +∞ and the minimiser stops with the reason
/// <c>left-domain</c>.
/// </summary>
public interface IRestrictedDomain
{
    /// <summary>True when f is defined at <paramref name="x"/>.</summary>
    bool Contains(ReadOnlySpan<double> x);

    /// <summary>One sentence describing the domain, for reports and error messages.</summary>
    string DomainDescription { get; }
}
