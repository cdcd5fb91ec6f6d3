using System.Reflection;

namespace SaddleEscape.Experiments.Running;

/// <summary>The code that is running: the assembly's informational version (version + git commit, from SourceLink) and build configuration.</summary>
public static class CodeVersion
{
    /// <summary>e.g. "1.0.0+3f2c9e1…" (the commit the binaries were built from).</summary>
    public static string Current { get; } =
        typeof(CodeVersion).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";

    /// <summary>The git commit part of <see cref="Current"/>, or "unknown".</summary>
    public static string Commit
    {
        get
        {
            int plus = Current.IndexOf('+', StringComparison.Ordinal);
            return plus >= 0 ? Current[(plus + 1)..] : "unknown";
        }
    }

    /// <summary>"Debug" or "Release".</summary>
    public static string Configuration { get; } =
        typeof(CodeVersion).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "unknown";
}
