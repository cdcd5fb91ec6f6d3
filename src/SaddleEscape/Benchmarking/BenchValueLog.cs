namespace SaddleEscape.Benchmarking;

/// <summary>
/// A run's value log where f* is known, kept by the harness with COCO's two trigger rules (the bbob observer, Hansen et al.
/// 2021): <see cref="TargetTriggered"/> gets a line at every call whose best f − f* first falls to or below a new level
/// 10^(k/<see cref="TargetsPerDecade"/>) (the first exact f always), and <see cref="CostTriggered"/> a line at the first call
/// returning an exact f once the cost has passed each of ⌈10^(j/<see cref="CostTriggersPerDecade"/>)⌉ and
/// {1, 2, 5}·n·10^i, closed by a line at the run's final cost.
/// </summary>
/// <param name="KnownMinimum">f* of the instance (COCO's Fopt).</param>
/// <param name="TargetTriggered">COCO's <c>.dat</c> lines (target-triggered).</param>
/// <param name="CostTriggered">COCO's <c>.tdat</c> lines (cost-triggered), the last at the run's whole cost.</param>
public sealed record BenchValueLog(double KnownMinimum, IReadOnlyList<BenchLogEntry> TargetTriggered, IReadOnlyList<BenchLogEntry> CostTriggered)
{
    /// <summary>Levels of f − f* per decade that trigger a target line (5, the resolution cocopp aligns on: its <c>nbPtsF</c>).</summary>
    public const int TargetsPerDecade = 5;

    /// <summary>Cost triggers per decade (COCO's default <c>number_evaluation_triggers</c> = 20).</summary>
    public const int CostTriggersPerDecade = 20;
}
