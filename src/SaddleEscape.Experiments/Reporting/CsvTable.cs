using System.Text;

namespace SaddleEscape.Experiments.Reporting;

/// <summary>A CSV file built row by row: a header, cells quoted when they hold a comma, quote or newline.</summary>
public sealed class CsvTable
{
    private readonly StringBuilder _text = new();
    private readonly int _columns;

    /// <summary>A table with these column names.</summary>
    public CsvTable(params string[] header)
    {
        ArgumentNullException.ThrowIfNull(header);
        _columns = header.Length;
        Append(header);
    }

    /// <summary>Rows written so far (header excluded).</summary>
    public int Rows { get; private set; }

    /// <summary>Appends one row (numbers already formatted with <see cref="Numbers.Csv(double)"/>).</summary>
    public CsvTable Row(params string[] cells)
    {
        ArgumentNullException.ThrowIfNull(cells);
        if (cells.Length != _columns)
        {
            throw new ArgumentException($"a CSV row has {cells.Length} cells, the header {_columns}");
        }

        Append(cells);
        Rows++;
        return this;
    }

    /// <summary>Writes the table to <paramref name="path"/>.</summary>
    public void Save(string path) => Running.AtomicFile.WriteAllText(path, _text.ToString());

    /// <inheritdoc />
    public override string ToString() => _text.ToString();

    private void Append(string[] cells)
    {
        for (int i = 0; i < cells.Length; i++)
        {
            if (i > 0)
            {
                _text.Append(',');
            }

            string c = cells[i];
            _text.Append(c.AsSpan().IndexOfAny(",\"\n") >= 0 ? "\"" + c.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : c);
        }

        _text.Append('\n');
    }
}
