namespace SaddleEscape.Optimizers;

/// <summary>The names events carry in <c>trace.csv</c> and <c>summary.json</c>.</summary>
public static class EventKindNames
{
    /// <summary>Kebab-case name: perturbation, escape, escape-failed, nc-step, momentum-reset, restart.</summary>
    public static string Name(this EventKind kind) => kind switch
    {
        EventKind.Perturbation => "perturbation",
        EventKind.Escape => "escape",
        EventKind.EscapeFailed => "escape-failed",
        EventKind.NegativeCurvatureStep => "nc-step",
        EventKind.MomentumReset => "momentum-reset",
        EventKind.Restart => "restart",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}
