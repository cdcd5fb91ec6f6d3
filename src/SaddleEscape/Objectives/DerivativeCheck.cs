namespace SaddleEscape.Objectives;

/// <summary>Outcome of one derivative check: worst errors found and whether they are within tolerance.</summary>
/// <param name="What">What was checked ("gradient" or "hessian-vector product").</param>
/// <param name="MaxAbsoluteError">Largest absolute discrepancy between analytic and finite-difference values.</param>
/// <param name="MaxRelativeError">Largest discrepancy relative to max(‖analytic‖, ‖finite difference‖, 1).</param>
/// <param name="Tolerance">Relative tolerance it was judged against.</param>
public sealed record DerivativeCheck(string What, double MaxAbsoluteError, double MaxRelativeError, double Tolerance)
{
    /// <summary>True when <see cref="MaxRelativeError"/> ≤ <see cref="Tolerance"/>.</summary>
    public bool Passed => MaxRelativeError <= Tolerance;

    /// <inheritdoc />
    public override string ToString() =>
        $"{What}: max abs error {MaxAbsoluteError:E3}, max rel error {MaxRelativeError:E3} (tolerance {Tolerance:E1}) → {(Passed ? "pass" : "FAIL")}";
}
