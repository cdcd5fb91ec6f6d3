namespace SaddleEscape.Experiments.Running;

/// <summary>SQLite's primary result codes that the results store tells apart (https://sqlite.org/rescode.html).</summary>
internal static class SqliteCodes
{
    /// <summary>SQLITE_PERM.</summary>
    public const int Permission = 3;

    /// <summary>SQLITE_BUSY.</summary>
    public const int Busy = 5;

    /// <summary>SQLITE_LOCKED.</summary>
    public const int Locked = 6;

    /// <summary>SQLITE_READONLY.</summary>
    public const int ReadOnly = 8;

    /// <summary>SQLITE_IOERR.</summary>
    public const int IoError = 10;

    /// <summary>SQLITE_CORRUPT.</summary>
    public const int Corrupt = 11;

    /// <summary>SQLITE_FULL.</summary>
    public const int Full = 13;

    /// <summary>SQLITE_CANTOPEN.</summary>
    public const int CannotOpen = 14;

    /// <summary>SQLITE_NOTADB.</summary>
    public const int NotADatabase = 26;
}
