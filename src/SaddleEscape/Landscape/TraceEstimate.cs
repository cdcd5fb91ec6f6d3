namespace SaddleEscape.Landscape;

/// <summary>Hutchinson's estimate of a trace and its standard error over probes (zero when the trace is exact).</summary>
/// <param name="Value">Estimated trace.</param>
/// <param name="StandardError">Standard error of the mean over probes.</param>
/// <param name="Probes">Probe vectors used (0 when computed exactly from the whole spectrum).</param>
public sealed record TraceEstimate(double Value, double StandardError, int Probes);
