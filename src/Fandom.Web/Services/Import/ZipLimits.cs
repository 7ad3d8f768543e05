using System.IO.Compression;

namespace Fandom.Web.Services.Import;

/// <summary>
/// The one check every uploaded or imported zip passes before a byte of it is unpacked: a zip of a few megabytes can
/// claim millions of entries or terabytes once inflated (a zip bomb), so both are capped by what the entries declare,
/// and <see cref="ReadAll"/> stops a read that runs past its declared length.
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

    public static void Check(ZipArchive zip)
    {
        if (zip.Entries.Count > MaxEntries)
            throw new ImportFileException($"It holds {zip.Entries.Count:N0} files; an archive may hold at most {MaxEntries:N0}.");
        var unpacked = zip.Entries.Sum(e => e.Length);
        if (unpacked > MaxUnpackedBytes)
            throw new ImportFileException($"It would unpack to {Gigabytes(unpacked)}; an archive may unpack to at most {Gigabytes(MaxUnpackedBytes)}.");
    }

    /// <summary>Unpacks a checked zip into <paramref name="folder"/>; entries that would land outside it are refused by the framework.</summary>
    public static void ExtractTo(ZipArchive zip, string folder) => zip.ExtractToDirectory(folder);

    /// <summary>An entry's bytes, refused when they run past the length the entry declares (the cap counted that length).</summary>
    public static byte[] ReadAll(ZipArchiveEntry entry)
    {
        using var stream = entry.Open();
        using var buffer = new MemoryStream((int)Math.Min(entry.Length, 64 * 1024 * 1024));
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > entry.Length)
                throw new ImportFileException($"{entry.FullName} unpacks to more than the {entry.Length:N0} bytes it declares.");
        }
        return buffer.ToArray();
    }

    private static string Gigabytes(long bytes) => $"{bytes / 1024.0 / 1024.0 / 1024.0:0.#} GB";
}
