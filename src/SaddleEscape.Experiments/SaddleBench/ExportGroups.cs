using SaddleEscape.Benchmarking;

namespace SaddleEscape.Experiments.SaddleBench;

/// <summary>How the text exports (<see cref="IohProfilerExport"/>, <see cref="CocoExport"/>) split the records: per solver, per family.</summary>
internal static class ExportGroups
{
    /// <summary>
    /// Per solver (in the records' order) and family (function id = its place in the records' order of families, from 1):
    /// the runs that <paramref name="keep"/> accepts; pairs without any are skipped.
    /// </summary>
    public static IEnumerable<(string Solver, string Family, int FunctionId, List<BenchRecord> Runs)> Of(IReadOnlyList<BenchRecord> records, Func<BenchRecord, bool> keep)
    {
        var families = records.Select(r => r.Family).Distinct().ToList();
        foreach (var solver in records.Select(r => r.Solver).Distinct())
        {
            for (int i = 0; i < families.Count; i++)
            {
                var runs = records.Where(r => r.Solver == solver && r.Family == families[i] && keep(r)).ToList();
                if (runs.Count > 0)
                {
                    yield return (solver, families[i], i + 1, runs);
                }
            }
        }
    }
}
