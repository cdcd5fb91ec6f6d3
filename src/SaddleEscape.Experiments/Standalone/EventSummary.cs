namespace SaddleEscape.Experiments.Standalone;

/// <summary>One event in <c>summary.json</c> (escape outcomes with their f change).</summary>
/// <param name="Iteration">Iteration of the event.</param>
/// <param name="Kind">Event name (escape, escape-failed, nc-step, …).</param>
/// <param name="ValueChange">Change in f it brought, when it has one.</param>
public sealed record EventSummary(long Iteration, string Kind, double? ValueChange);
