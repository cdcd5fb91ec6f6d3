namespace SaddleEscape.Landscape;

/// <summary>The names of <see cref="CertificateMode"/> values on the command line and in <c>summary.json</c>: off, fast, full.</summary>
public static class CertificateModeNames
{
    /// <summary>Lower-case name.</summary>
    public static string Name(this CertificateMode mode) => mode switch
    {
        CertificateMode.Off => "off",
        CertificateMode.Fast => "fast",
        CertificateMode.Full => "full",
        _ => throw new ArgumentOutOfRangeException(nameof(mode), mode, null),
    };

    /// <summary>Parses off, fast or full; one clear <see cref="ArgumentException"/> otherwise.</summary>
    public static CertificateMode Parse(string name) => name?.Trim().ToLowerInvariant() switch
    {
        "off" => CertificateMode.Off,
        "fast" => CertificateMode.Fast,
        "full" => CertificateMode.Full,
        _ => throw new ArgumentException($"--certificate must be off, fast or full (got '{name}')"),
    };
}
