namespace SaddleEscape.Optimizers;

/// <summary>
/// Watches a perturbation's outcome for optimisers whose algorithm does not itself judge it
/// (PAGD): <paramref name="window"/> iterations after a perturbation at x̃, records
/// <see cref="EventKind.Escape"/> if f has dropped by at least <paramref name="valueThreshold"/>
/// below f(x̃), else <see cref="EventKind.EscapeFailed"/>.
/// </summary>
internal sealed class EscapeTracker(long window, double valueThreshold)
{
    private long _start = -1;
    private double _fTilde;

    /// <summary>A perturbation happened at iteration <paramref name="iteration"/> from a point with value <paramref name="fTilde"/>.</summary>
    public void Start(long iteration, double fTilde)
    {
        _start = iteration;
        _fTilde = fTilde;
    }

    /// <summary>Called every iteration with f(x_t); records the outcome when the window closes and returns true if the escape failed.</summary>
    public bool Observe(OptimizationState state, double value)
    {
        if (_start < 0 || state.Iteration - _start != window)
        {
            return false;
        }

        double change = value - _fTilde;
        bool failed = change > -valueThreshold;
        state.Record(failed ? EventKind.EscapeFailed : EventKind.Escape, change);
        _start = -1;
        return failed;
    }
}
