namespace SaddleEscape.Experiments.Running;

/// <summary>Tells the faults of the storage under a command (not of its input) apart, wherever they surface.</summary>
public static class StorageFaults
{
    private const int NoSpace = 28;       // ENOSPC
    private const int QuotaExceeded = 122; // EDQUOT

    /// <summary>True when <paramref name="error"/> (or what it wraps) is a full disk or an exceeded quota.</summary>
    public static bool IsDiskFull(Exception? error)
    {
        for (var e = error; e is not null; e = e.InnerException)
        {
            if (e is ResultsStoreException { DiskFull: true }
                || (e is IOException && (e.HResult is NoSpace or QuotaExceeded || e.Message.Contains("No space left on device", StringComparison.Ordinal))))
            {
                return true;
            }
        }

        return false;
    }
}
