using System.Security.Cryptography;
using System.Text;

namespace SaddleEscape.Experiments.Running;

/// <summary>
/// The stable key of a job: the first 16 hex digits of SHA-256 over the experiment's name, its version and the job's
/// JSON (which holds every setting the job depends on and its seed). The same job gets the same key on every machine
/// and in every shard; changing a setting, the seed or the experiment's version gives a new key.
/// </summary>
public static class JobKey
{
    /// <summary>The key of a job given as JSON.</summary>
    public static string Compute(string experiment, int version, string jobJson)
    {
        ArgumentNullException.ThrowIfNull(experiment);
        ArgumentNullException.ThrowIfNull(jobJson);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{experiment}\n{version}\n{jobJson}"));
        return Convert.ToHexStringLower(hash.AsSpan(0, 8));
    }
}
