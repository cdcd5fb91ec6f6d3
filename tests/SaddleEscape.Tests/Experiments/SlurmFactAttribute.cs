using System.Diagnostics;

namespace SaddleEscape.Tests.Experiments;

/// <summary>
/// A test that needs a running Slurm cluster (e.g. <c>scripts/slurm-local.sh up</c>, which <c>.ci/run</c> starts as
/// root): skipped, with the reason, when not root, when <c>sinfo</c>/<c>sbatch</c> are missing, or when no node is up.
/// </summary>
public sealed class SlurmFactAttribute : FactAttribute
{
    public SlurmFactAttribute()
    {
        Skip = Why();
    }

    private static string? Why()
    {
        if (Environment.UserName != "root")
        {
            return "needs root (the one-node test cluster runs its jobs as root)";
        }

        try
        {
            using var sinfo = Process.Start(new ProcessStartInfo("sinfo", ["-h", "-o", "%t"]) { RedirectStandardOutput = true, RedirectStandardError = true })!;
            string states = sinfo.StandardOutput.ReadToEnd();
            sinfo.WaitForExit(10_000);
            return sinfo.ExitCode == 0 && states.Split('\n').Any(s => s.Trim() is "idle" or "mix" or "alloc")
                ? null
                : "Slurm does not answer or has no node up (scripts/slurm-local.sh up starts a one-node cluster)";
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return "Slurm is not installed (scripts/slurm-local.sh up installs and starts a one-node cluster)";
        }
    }
}
