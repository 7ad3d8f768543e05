using System.IO.Compression;
using Fandom.Web.Services.Import;

namespace Fandom.Tests.Services.Import;

/// <summary>Every zip the imports take is capped in files and unpacked size, and never unpacks outside its folder.</summary>
public sealed class ZipLimitsTests
{
    private static ZipArchive Zip(params (string Name, int Bytes)[] entries)
    {
        var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
            foreach (var (name, bytes) in entries)
            {
                using var stream = zip.CreateEntry(name, CompressionLevel.Optimal).Open();
                stream.Write(new byte[bytes]);
            }
        buffer.Position = 0;
        return new ZipArchive(buffer, ZipArchiveMode.Read);
    }

    [Fact]
    public void A_zip_with_more_files_than_the_cap_is_refused()
    {
        using var zip = Zip(("a.txt", 1), ("b.txt", 1), ("c.txt", 1));
        var refused = Assert.Throws<ImportFileException>(() => ZipLimits.Check(zip, maxEntries: 2));
        Assert.Equal("It holds 3 files; an archive may hold at most 2.", refused.Message);
        ZipLimits.Check(zip, maxEntries: 3);
    }

    [Fact]
    public void A_zip_that_unpacks_past_the_cap_is_refused_by_what_its_entries_declare()
    {
        // Zeros compress to almost nothing: the zip is small, the unpacked files are not.
        using var zip = Zip(("a.bin", 600_000), ("b.bin", 600_000));
        var refused = Assert.Throws<ImportFileException>(() => ZipLimits.Check(zip, maxUnpackedBytes: 1_000_000));
        Assert.Equal("It would unpack to 1,200,000 bytes; an archive may unpack to at most 1,000,000 bytes.", refused.Message);
    }

    [Fact]
    public void An_entry_that_would_land_outside_the_folder_is_refused()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"zip-limits-{Guid.NewGuid():N}");
        using var zip = Zip(("inside.txt", 3), ("../outside.txt", 3));
        var refused = Assert.Throws<ImportFileException>(() => ZipLimits.ExtractTo(zip, folder));
        Assert.Equal("../outside.txt would be unpacked outside the archive's folder.", refused.Message);
        Assert.False(File.Exists(Path.Combine(folder, "..", "outside.txt")));
    }

    [Fact]
    public void Not_a_zip_is_refused_with_a_message()
    {
        var refused = Assert.Throws<ImportFileException>(() => ZipLimits.Open(new MemoryStream("plain text"u8.ToArray())));
        Assert.Equal("This is not a zip archive we can open.", refused.Message);
    }
}
