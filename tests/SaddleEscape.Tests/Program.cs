using SaddleEscape.Tests.Numerics;

namespace SaddleEscape.Tests;

/// <summary>
/// The test assembly's entry point, in place of the one Microsoft.NET.Test.Sdk generates (the test runner never calls
/// it): tests that need a fresh process run <c>dotnet SaddleEscape.Tests.dll COMMAND …</c>.
/// </summary>
internal static class Program
{
    public static int Main(string[] args) => args switch
    {
        [NormalGeneratorProbe.Command, var calls] => NormalGeneratorProbe.Run(calls),
        _ => 2,
    };
}
