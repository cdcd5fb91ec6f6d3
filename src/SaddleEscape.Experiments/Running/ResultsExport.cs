using Parquet;
using Parquet.Schema;
using SaddleEscape.Experiments.Reporting;

namespace SaddleEscape.Experiments.Running;

/// <summary>
/// <c>saddle results export</c>: the jobs of a results store as one flat table per experiment, in CSV or Parquet
/// (Parquet.Net), so that pandas (<c>pd.read_parquet</c>) and polars read them with their types.
/// </summary>
public static class ResultsExport
{
    /// <summary>The flat table of <paramref name="jobs"/> (one experiment's).</summary>
    public static FlatTable Table(IEnumerable<StoredJob> jobs)
    {
        ArgumentNullException.ThrowIfNull(jobs);
        var table = new FlatTable();
        foreach (var j in jobs)
        {
            table.Add(
                [("job", j.Job), ("record", j.Record)],
                [("key", j.Key), ("experiment", j.Experiment), ("experiment_version", (long)j.ExperimentVersion), ("wall_seconds", j.WallSeconds),
                 ("code_version", j.CodeVersion), ("finished_utc", j.FinishedUtc), ("shard", j.Shard), ("host", j.Host)]);
        }

        return table;
    }

    /// <summary>Writes <paramref name="table"/> as CSV.</summary>
    public static void WriteCsv(FlatTable table, string path)
    {
        ArgumentNullException.ThrowIfNull(table);
        var csv = new CsvTable([.. table.Columns]);
        for (int i = 0; i < table.Rows; i++)
        {
            csv.Row(table.Columns.Select(c => FlatTable.CsvCell(table.Values(c)[i])).ToArray());
        }

        csv.Save(path);
    }

    /// <summary>Writes <paramref name="table"/> as Parquet: integer columns as INT64, numbers as DOUBLE, booleans as BOOLEAN, the rest as UTF-8 strings (all nullable).</summary>
    public static void WriteParquet(FlatTable table, string path)
    {
        ArgumentNullException.ThrowIfNull(table);
        WriteParquetAsync(table, path).GetAwaiter().GetResult();
    }

    /// <summary>
    /// Exports every results store under <paramref name="directory"/> (the folder itself, or its sub-folders): one
    /// file per experiment, <c>results.csv</c> or <c>results.parquet</c> beside its store, or <paramref name="output"/>
    /// when there is exactly one. Returns the files written.
    /// </summary>
    public static IReadOnlyList<string> Export(string directory, string format, string? output = null)
    {
        ArgumentNullException.ThrowIfNull(directory);
        if (format is not ("csv" or "parquet"))
        {
            throw new ArgumentException($"--format must be csv or parquet (got '{format}')");
        }

        if (!Directory.Exists(directory))
        {
            throw new ArgumentException($"results export: folder '{directory}' does not exist");
        }

        OutputFolder.Check(output is null ? directory : Path.GetDirectoryName(Path.GetFullPath(output)), output is null ? "results export" : "--out");
        var stores = File.Exists(Path.Combine(directory, "results.sqlite"))
            ? [Path.Combine(directory, "results.sqlite")]
            : Directory.GetDirectories(directory).Select(d => Path.Combine(d, "results.sqlite")).Where(File.Exists).Order(StringComparer.Ordinal).ToList();
        if (stores.Count == 0)
        {
            throw new ArgumentException($"results export: no results.sqlite in '{directory}' or its sub-folders");
        }

        var written = new List<string>();
        foreach (var store in stores)
        {
            using var s = ResultsStore.OpenReadOnly(store);
            var groups = s.Load().GroupBy(j => j.Experiment).ToList();
            foreach (var group in groups)
            {
                string file = output is not null && stores.Count == 1
                    ? output
                    : Path.Combine(Path.GetDirectoryName(store)!, $"results{(groups.Count > 1 ? "-" + group.Key : "")}.{format}");
                var table = Table(group);
                if (format == "csv")
                {
                    WriteCsv(table, file);
                }
                else
                {
                    WriteParquet(table, file);
                }

                written.Add(file);
            }
        }

        return written;
    }

    private static async Task WriteParquetAsync(FlatTable table, string path)
    {
        var fields = table.Columns.Select(c => table.Kind(c) switch
        {
            "integer" => (DataField)new DataField<long?>(c),
            "number" => new DataField<double?>(c),
            "boolean" => new DataField<bool?>(c),
            _ => new DataField<string>(c, true),
        }).ToArray();
        using var buffer = new MemoryStream();
        await WriteParquetAsync(table, fields, buffer).ConfigureAwait(false);
        AtomicFile.Write(path, stream => buffer.WriteTo(stream));
    }

    private static async Task WriteParquetAsync(FlatTable table, DataField[] fields, Stream stream)
    {
        await using var writer = await ParquetWriter.CreateAsync(new ParquetSchema(fields), stream).ConfigureAwait(false);
        using var group = writer.CreateRowGroup();
        foreach (var field in fields)
        {
            var values = table.Values(field.Name);
            switch (table.Kind(field.Name))
            {
                case "integer":
                    await group.WriteAsync<long>(field, values.Select(v => v is long l ? l : (long?)null).ToArray().AsMemory()).ConfigureAwait(false);
                    break;
                case "number":
                    await group.WriteAsync<double>(field, values.Select(v => v switch { long l => l, double d => d, _ => (double?)null }).ToArray().AsMemory()).ConfigureAwait(false);
                    break;
                case "boolean":
                    await group.WriteAsync<bool>(field, values.Select(v => v as bool?).ToArray().AsMemory()).ConfigureAwait(false);
                    break;
                default:
                    await group.WriteAsync(field, values.Select(v => v is null ? null : FlatTable.CsvCell(v)).ToArray()).ConfigureAwait(false);
                    break;
            }
        }
    }
}
