// MSBuild task (compiled by RoslynCodeTaskFactory, see TorchSharpNativeFix.targets, packed as SaddleEscape.Torch.targets).
//
// TorchSharp 0.107.0's libLibTorchSharp.so lists GLIBCXX_3.4.32 (GCC 13's libstdc++) in its ELF
// version needs (.gnu.version_r). Debian 12's libstdc++ stops at GLIBCXX_3.4.30, so the dynamic
// loader refuses the library and the first tensor call throws TypeInitializationException. The
// only symbol with that version is _ZSt21ios_base_library_initv, which the library never calls.
// glibc's loader treats a version need whose vna_flags carry VER_FLG_WEAK (0x2) as optional, so
// this task sets that flag on every libstdc++ version need that the system libstdc++ does not
// define, and leaves the file untouched where the system library is new enough.
#nullable enable
using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

public sealed class WeakenMissingLibStdCxxVersions : Task
{
    private const uint ShtGnuVerneed = 0x6ffffffe;
    private const ushort VerFlgWeak = 0x2;

    /// <summary>ELF shared libraries to patch in place (missing files are skipped).</summary>
    [Required]
    public ITaskItem[] Libraries { get; set; } = Array.Empty<ITaskItem>();

    /// <summary>Candidate paths of the system libstdc++.so.6; the first that exists is read.</summary>
    public string SystemLibStdCxx { get; set; } = "/usr/lib/x86_64-linux-gnu/libstdc++.so.6;/lib/x86_64-linux-gnu/libstdc++.so.6;/usr/lib64/libstdc++.so.6;/usr/lib/libstdc++.so.6";

    public override bool Execute()
    {
        string? system = null;
        foreach (var candidate in SystemLibStdCxx.Split(';'))
        {
            if (candidate.Length > 0 && File.Exists(candidate))
            {
                system = candidate;
                break;
            }
        }

        if (system is null)
        {
            Log.LogMessage(MessageImportance.Normal, "TorchSharp native fix: no system libstdc++.so.6 found; nothing to do.");
            return true;
        }

        byte[] systemBytes = File.ReadAllBytes(system);
        foreach (var item in Libraries)
        {
            string path = item.ItemSpec;
            if (!File.Exists(path))
            {
                continue;
            }

            try
            {
                var weakened = Patch(path, name => !Contains(systemBytes, Encoding.ASCII.GetBytes(name + "\0")));
                if (weakened.Count > 0)
                {
                    Log.LogMessage(MessageImportance.High, $"TorchSharp native fix: marked {string.Join(", ", weakened)} weak in {path} ({system} lacks them).");
                }
            }
            catch (InvalidDataException e)
            {
                Log.LogError($"TorchSharp native fix: {path}: {e.Message}");
            }
        }

        return !Log.HasLoggedErrors;
    }

    /// <summary>Sets VER_FLG_WEAK on every libstdc++ GLIBCXX/CXXABI version need for which <paramref name="missing"/> is true; returns their names.</summary>
    public static List<string> Patch(string path, Func<string, bool> missing)
    {
        var weakened = new List<string>();
        byte[] elf = File.ReadAllBytes(path);
        if (elf.Length < 64 || elf[0] != 0x7f || elf[1] != (byte)'E' || elf[2] != (byte)'L' || elf[3] != (byte)'F')
        {
            throw new InvalidDataException("not an ELF file");
        }

        if (elf[4] != 2 || elf[5] != 1)
        {
            throw new InvalidDataException("not a little-endian 64-bit ELF file");
        }

        ulong shoff = BitConverter.ToUInt64(elf, 0x28);
        int shentsize = BitConverter.ToUInt16(elf, 0x3A);
        int shnum = BitConverter.ToUInt16(elf, 0x3C);
        var changes = new List<long>();
        for (int s = 0; s < shnum; s++)
        {
            long sh = (long)shoff + ((long)s * shentsize);
            if (BitConverter.ToUInt32(elf, (int)sh + 4) != ShtGnuVerneed)
            {
                continue;
            }

            long offset = (long)BitConverter.ToUInt64(elf, (int)sh + 0x18);
            int link = (int)BitConverter.ToUInt32(elf, (int)sh + 0x28);
            long strtab = (long)BitConverter.ToUInt64(elf, (int)(shoff + ((ulong)link * (ulong)shentsize)) + 0x18);
            long need = offset;
            while (true)
            {
                int count = BitConverter.ToUInt16(elf, (int)need + 2);
                string file = ReadString(elf, strtab + BitConverter.ToUInt32(elf, (int)need + 4));
                long aux = need + BitConverter.ToUInt32(elf, (int)need + 8);
                for (int a = 0; a < count; a++)
                {
                    ushort flags = BitConverter.ToUInt16(elf, (int)aux + 4);
                    string name = ReadString(elf, strtab + BitConverter.ToUInt32(elf, (int)aux + 8));
                    if (file.StartsWith("libstdc++", StringComparison.Ordinal) && (flags & VerFlgWeak) == 0 && missing(name))
                    {
                        changes.Add(aux + 4);
                        BitConverter.GetBytes((ushort)(flags | VerFlgWeak)).CopyTo(elf, (int)aux + 4);
                        weakened.Add(name);
                    }

                    uint nextAux = BitConverter.ToUInt32(elf, (int)aux + 12);
                    if (nextAux == 0)
                    {
                        break;
                    }

                    aux += nextAux;
                }

                uint next = BitConverter.ToUInt32(elf, (int)need + 12);
                if (next == 0)
                {
                    break;
                }

                need += next;
            }
        }

        if (changes.Count > 0)
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Write);
            foreach (long at in changes)
            {
                stream.Position = at;
                stream.Write(elf, (int)at, 2);
            }
        }

        return weakened;
    }

    private static string ReadString(byte[] bytes, long at)
    {
        int end = (int)at;
        while (bytes[end] != 0)
        {
            end++;
        }

        return Encoding.ASCII.GetString(bytes, (int)at, end - (int)at);
    }

    private static bool Contains(byte[] haystack, byte[] needle)
    {
        int last = haystack.Length - needle.Length;
        for (int i = 0; i <= last; i++)
        {
            if (haystack[i] != needle[0])
            {
                continue;
            }

            int k = 1;
            while (k < needle.Length && haystack[i + k] == needle[k])
            {
                k++;
            }

            if (k == needle.Length)
            {
                return true;
            }
        }

        return false;
    }
}
