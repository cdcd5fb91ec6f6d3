using System.Globalization;

namespace SaddleEscape.Tests.Experiments;

/// <summary>
/// A test that interrupts a child with SIGINT: skipped, with the reason, when this process ignores SIGINT. A
/// non-interactive shell ignores SIGINT for the commands it starts in the background (POSIX, asynchronous lists without
/// job control), and children inherit that, so `kill -INT` would not reach the child and the test would measure the
/// shell instead of the code (seen: `sh -c '.ci/run' &` made the child finish normally, exit 0).
/// </summary>
public sealed class InterruptibleFactAttribute : FactAttribute
{
    public InterruptibleFactAttribute()
    {
        if (SigintIgnored())
        {
            Skip = "SIGINT is ignored by this test process (started in the background by a non-interactive shell?), so a child cannot be interrupted with it: run the tests in the foreground";
        }
    }

    private static bool SigintIgnored()
    {
        const string status = "/proc/self/status";
        if (!OperatingSystem.IsLinux() || !File.Exists(status))
        {
            return false;
        }

        string? line = File.ReadLines(status).FirstOrDefault(l => l.StartsWith("SigIgn:", StringComparison.Ordinal));
        return line is not null
            && ulong.TryParse(line["SigIgn:".Length..].Trim(), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out ulong mask)
            && (mask & (1UL << (2 - 1))) != 0; // SIGINT = 2: bit 1
    }
}
