namespace SaddleEscape.Minimization;

/// <summary>
/// The per-iteration record of a run. Long runs are thinned: every row is kept until
/// <see cref="MaxRows"/> is exceeded, then only iterations that are multiples of a doubling stride
/// are kept — but the first and last iterations and every row with an event always stay.
/// </summary>
public sealed class Trace
{
    private readonly List<TraceRow> _rows = [];
    private int _plainRows;

    /// <summary>An empty trace keeping about <paramref name="maxRows"/> plain rows at most.</summary>
    public Trace(int maxRows = 20_000)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxRows, 16);
        MaxRows = maxRows;
    }

    /// <summary>Plain rows kept at most (rows with events come on top).</summary>
    public int MaxRows { get; }

    /// <summary>Current thinning stride, a power of two: plain rows are kept when iteration % Stride == 0.</summary>
    public long Stride { get; private set; } = 1;

    /// <summary>The rows, in iteration order.</summary>
    public IReadOnlyList<TraceRow> Rows => _rows;

    /// <summary>True when a plain row for <paramref name="iteration"/> would be kept.</summary>
    public bool Wants(long iteration) => (iteration & (Stride - 1)) == 0;

    /// <summary>Appends a row (callers add rows in increasing iteration order).</summary>
    public void Add(in TraceRow row)
    {
        if (_rows.Count > 0 && _rows[^1].Iteration == row.Iteration)
        {
            return;
        }

        _rows.Add(row);
        if (row.Event.Length == 0)
        {
            _plainRows++;
        }

        if (_plainRows > MaxRows + 64)
        {
            Thin();
        }
    }

    private void Thin()
    {
        Stride *= 2;
        long first = _rows[0].Iteration;
        long last = _rows[^1].Iteration;
        _plainRows -= _rows.RemoveAll(r => r.Event.Length == 0 && r.Iteration != first && r.Iteration != last && r.Iteration % Stride != 0);
    }
}
