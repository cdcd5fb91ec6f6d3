namespace SaddleEscape.Benchmarking;

/// <summary>
/// One line of a run's value log (what COCO's bbob observer writes per line, Hansen et al. 2021, "COCO: a platform for
/// comparing continuous optimizers in a black-box setting", data format): the primary cost at an oracle call that returned an
/// exact f, that f, and the best f the run had seen by then.
/// </summary>
/// <param name="Cost">The primary cost (gradient-equivalents) when the line was logged.</param>
/// <param name="Value">f at that call.</param>
/// <param name="BestValue">The smallest exact f of the run up to and including that call.</param>
public sealed record BenchLogEntry(long Cost, double Value, double BestValue);
