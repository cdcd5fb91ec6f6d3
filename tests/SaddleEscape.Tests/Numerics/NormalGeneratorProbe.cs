using SaddleEscape.Numerics;
using System.Globalization;

namespace SaddleEscape.Tests.Numerics;

/// <summary>
/// What a fresh process draws: <see cref="NormalGenerator"/>'s 4 096 normals for each of 64 seeds, hashed at start-up and
/// again after 2 × <c>calls</c> warm-up fills of 256 (0.3 s apart, so the runtime's background tier-up has its time).
/// The test project's entry point runs it in a child process (<c>dotnet SaddleEscape.Tests.dll normal-generator-probe
/// CALLS</c>), which prints the two hashes.
/// </summary>
internal static class NormalGeneratorProbe
{
    public const string Command = "normal-generator-probe";

    /// <summary>FNV-1a over the bits of the 64 × 4 096 draws: any bit of any draw changes it.</summary>
    public static ulong Hash()
    {
        ulong hash = 14695981039346656037UL;
        var values = new double[4096];
        for (ulong seed = 1; seed <= 64; seed++)
        {
            NormalGenerator.Fill(seed, values);
            foreach (double v in values)
            {
                hash = unchecked((hash ^ (ulong)BitConverter.DoubleToInt64Bits(v)) * 1099511628211UL);
            }
        }

        return hash;
    }

    public static void WarmUp(int calls)
    {
        var values = new double[256];
        for (int round = 0; round < 2; round++)
        {
            for (int i = 0; i < calls; i++)
            {
                NormalGenerator.Fill((ulong)i, values);
            }

            Thread.Sleep(300);
        }
    }

    public static int Run(string calls)
    {
        ulong start = Hash();
        WarmUp(int.Parse(calls, CultureInfo.InvariantCulture));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{start:X16} {Hash():X16}"));
        return 0;
    }
}
