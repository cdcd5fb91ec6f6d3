using Microsoft.Data.Sqlite;

namespace SaddleEscape.Experiments.Running;

/// <summary>
/// A results store that cannot be used: the disk is full, the file is damaged or not a store, or it cannot be opened
/// or written. The message is one line naming the file, what is wrong and what to do; the file itself is left as it
/// was (jobs already stored are never removed).
/// </summary>
public sealed class ResultsStoreException : IOException
{
    /// <summary>A store fault with a message of its own.</summary>
    public ResultsStoreException(string message)
        : base(message)
    {
    }

    /// <summary>A store fault wrapping <paramref name="inner"/>.</summary>
    public ResultsStoreException(string message, Exception inner)
        : base(message, inner)
    {
    }

    /// <summary>An empty fault (for serialisers).</summary>
    public ResultsStoreException()
    {
    }

    /// <summary>SQLite's primary result code behind this fault, or 0.</summary>
    public int SqliteCode => InnerException is SqliteException e ? e.SqliteErrorCode & 0xFF : 0;

    /// <summary>True when the fault is a full disk (SQLITE_FULL, or an I/O error with almost no space left).</summary>
    public bool DiskFull { get; private init; }

    /// <summary>The one-line explanation of <paramref name="error"/>, raised while <paramref name="doing"/> the store at <paramref name="path"/>.</summary>
    public static ResultsStoreException From(SqliteException error, string path, string doing)
    {
        ArgumentNullException.ThrowIfNull(error);
        int code = error.SqliteErrorCode & 0xFF;
        // SQLite reports a full disk as SQLITE_FULL when a page does not fit, but as an I/O error when it cannot even
        // grow its shared-memory file: below 1 MB free, an I/O error is taken for what it almost surely is.
        long? free = FreeBytes(path);
        if (code == SqliteCodes.IoError && free < (1 << 20))
        {
            code = SqliteCodes.Full;
        }

        string what = code switch
        {
            SqliteCodes.Full => $"the disk is full{(free is { } f ? $" ({ResourceLimits.Bytes(f)} free)" : "")}; free some space and run the same command again (every stored job is kept)",
            SqliteCodes.Corrupt or SqliteCodes.NotADatabase => "the file is damaged or is not a results store; it was left unchanged: move it aside (or restore a copy) and run again",
            SqliteCodes.ReadOnly => "it is read-only (the file, its folder or the file system); make it writable or give another --out",
            SqliteCodes.CannotOpen => "it cannot be opened (a missing or unreadable folder, or a folder in its place)",
            SqliteCodes.Busy or SqliteCodes.Locked => "another process holds it locked; wait for it or give another --out",
            SqliteCodes.IoError => "the file system reported an I/O error",
            SqliteCodes.Permission => "permission denied",
            _ => error.Message.Split('\n')[0].Trim(),
        };
        return new ResultsStoreException($"results store {path}: {doing}: {what}", error) { DiskFull = code == SqliteCodes.Full };
    }

    private static long? FreeBytes(string path)
    {
        try
        {
            return new DriveInfo(System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path)) ?? ".").AvailableFreeSpace;
        }
        catch (Exception e) when (e is IOException or ArgumentException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
