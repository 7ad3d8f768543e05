using System.IO.Compression;

namespace Fandom.Web.Services.Import;

/// <summary>
/// The one check every uploaded or imported zip passes before a byte of it is unpacked: a zip of a few megabytes can
/// claim millions of entries or terabytes once inflated (a zip bomb), so both are capped by what the entries declare,
/// and <see cref="ReadAll"/> and <see cref="ExtractTo"/> stop a read that runs past its declared length.
/// </summary>
public static class ZipLimits
{
    /// <summary>More files than any newsroom's uploads folder or archive holds.</summary>
    public const int MaxEntries = 200_000;

    /// <summary>Unpacked, an archive may be this large in all: four times the largest upload the admin page takes.</summary>
    public const long MaxUnpackedBytes = 4L * 1024 * 1024 * 1024;

    /// <summary>Opens <paramref name="stream"/> (and owns it) as a zip and checks it; an <see cref="ImportFileException"/> says why it cannot be used.</summary>
    public static ZipArchive Open(Stream stream)
    {
        ZipArchive zip;
        try
        {
            zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: false);
        }
        catch (InvalidDataException)
        {
            stream.Dispose();
            throw new ImportFileException("This is not a zip archive we can open.");
        }
        try
        {
            Check(zip);
        }
        catch
        {
            zip.Dispose();
            throw;
        }
        return zip;
    }

    /// <summary>Refuses a zip past the caps (the defaults are the app's; tests name smaller ones).</summary>
    public static void Check(ZipArchive zip, int maxEntries = MaxEntries, long maxUnpackedBytes = MaxUnpackedBytes)
    {
        if (zip.Entries.Count > maxEntries)
            throw new ImportFileException($"It holds {zip.Entries.Count:N0} files; an archive may hold at most {maxEntries:N0}.");
        var unpacked = zip.Entries.Sum(e => e.Length);
        if (unpacked > maxUnpackedBytes)
            throw new ImportFileException($"It would unpack to {Size(unpacked)}; an archive may unpack to at most {Size(maxUnpackedBytes)}.");
    }

    /// <summary>
    /// Unpacks a checked zip into <paramref name="folder"/>, each entry no longer than it declares; an entry whose name
    /// would land outside the folder (<c>../</c>, an absolute path) is refused.
    /// </summary>
    public static void ExtractTo(ZipArchive zip, string folder)
    {
        var root = Path.GetFullPath(folder) + Path.DirectorySeparatorChar;
        foreach (var entry in zip.Entries)
        {
            var target = Path.GetFullPath(Path.Combine(root, entry.FullName));
            if (!target.StartsWith(root, StringComparison.Ordinal))
                throw new ImportFileException($"{entry.FullName} would be unpacked outside the archive's folder.");
            if (entry.FullName.EndsWith('/'))
            {
                Directory.CreateDirectory(target);
                continue;
            }
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            using var output = File.Create(target);
            Copy(entry, output);
        }
    }

    /// <summary>An entry's bytes, refused when they run past the length the entry declares (the cap counted that length).</summary>
    public static byte[] ReadAll(ZipArchiveEntry entry)
    {
        using var buffer = new MemoryStream((int)Math.Min(entry.Length, 64 * 1024 * 1024));
        Copy(entry, buffer);
        return buffer.ToArray();
    }

    private static void Copy(ZipArchiveEntry entry, Stream output)
    {
        using var stream = entry.Open();
        var chunk = new byte[81920];
        long total = 0;
        int read;
        while ((read = stream.Read(chunk)) > 0)
        {
            if ((total += read) > entry.Length)
                throw new ImportFileException($"{entry.FullName} unpacks to more than the {entry.Length:N0} bytes it declares.");
            output.Write(chunk, 0, read);
        }
    }

    private static string Size(long bytes) => bytes >= 1024L * 1024 * 1024 ? $"{bytes / 1024.0 / 1024.0 / 1024.0:0.#} GB" : $"{bytes:N0} bytes";
}
