namespace SaddleEscape.Optimizers;

/// <summary>
/// Watches a perturbation's outcome for optimisers whose algorithm does not itself judge it
/// (PAGD): as soon as f has dropped by at least <paramref name="valueThreshold"/> below f(x̃) within
/// <paramref name="window"/> iterations of a perturbation at x̃, records <see cref="EventKind.Escape"/> and
/// <see cref="Succeeded"/> holds; if the window closes without that drop, records <see cref="EventKind.EscapeFailed"/>.
/// </summary>
internal sealed class EscapeTracker(long window, double valueThreshold)
{
    private long _start = -1;
    private double _fTilde;

    /// <summary>The last perturbation's escape has lowered f by the threshold (reset by <see cref="Start"/>).</summary>
    public bool Succeeded { get; private set; }

    /// <summary>A perturbation happened at iteration <paramref name="iteration"/> from a point with value <paramref name="fTilde"/>.</summary>
    public void Start(long iteration, double fTilde)
    {
        _start = iteration;
        _fTilde = fTilde;
        Succeeded = false;
    }

    /// <summary>Called every iteration with f(x_t); records the outcome once it is known and returns true if the escape failed.</summary>
    public bool Observe(OptimizationState state, double value)
    {
        if (_start < 0 || state.Iteration == _start)
        {
            return false;
        }

        double change = value - _fTilde;
        if (change <= -valueThreshold)
        {
            state.Record(EventKind.Escape, change);
            Succeeded = true;
            _start = -1;
            return false;
        }

        if (state.Iteration - _start != window)
        {
            return false;
        }

        state.Record(EventKind.EscapeFailed, change);
        _start = -1;
        return true;
    }
}
