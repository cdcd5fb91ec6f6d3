namespace SaddleEscape.Tests.Experiments;

/// <summary>A test that needs root (to mount a small tmpfs or a read-only bind mount): skipped, with the reason, otherwise.</summary>
public sealed class RootFactAttribute : FactAttribute
{
    public RootFactAttribute()
    {
        if (!OperatingSystem.IsLinux() || Environment.UserName != "root")
        {
            Skip = "needs root on Linux (it mounts a 2 MB tmpfs to fill the disk, or a read-only bind mount)";
        }
    }
}
