namespace SaddleEscape.Tests;

/// <summary>The repository's root folder (the one holding SaddleEscape.slnx), found from the test binaries upwards.</summary>
internal static class RepositoryRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "SaddleEscape.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"no SaddleEscape.slnx above {AppContext.BaseDirectory}");
    }
}
