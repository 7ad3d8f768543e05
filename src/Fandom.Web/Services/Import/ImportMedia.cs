using System.Text.RegularExpressions;
using Fandom.Data;
using Fandom.Web.Content;
using Fandom.Web.Services.Media;
using Microsoft.EntityFrameworkCore;

namespace Fandom.Web.Services.Import;

/// <summary>
/// Brings the images an import names into the media library from a copy of the old site's upload folder
/// (WordPress's <c>wp-content/uploads</c>, Ghost's <c>content/images</c>). Each file goes through the normal upload
/// checks; a file that is missing or refused is reported, never fatal, and a file imported once is reused.
/// </summary>
public sealed partial class ImportMedia(FandomDbContext db, MediaUploader uploader)
{
    /// <summary>The media id for <paramref name="image"/>, or null with a problem recorded in <paramref name="report"/>.</summary>
    public async Task<int?> ImportAsync(ImportedImage image, string? folder, string siteKey, Actor actor, ImportReport report, string where, CancellationToken ct)
    {
        if (folder is null)
        {
            report.Problems.Add($"{where}: image {image.Source} not imported (no uploads folder was given).");
            return null;
        }
        if (Find(folder, image.Source) is not { } found)
        {
            report.Problems.Add($"{where}: image file {RelativePath(image.Source)} is not in the uploads folder.");
            return null;
        }
        var key = $"{siteKey}:{found.Relative}";
        if (await db.MediaItems.Where(m => m.ImportKey == key).Select(m => (int?)m.Id).FirstOrDefaultAsync(ct) is { } existing) return existing;
        if (report.DryRun) return 0;

        var details = new MediaDetails(Limit(image.Alt ?? image.Caption ?? AltFromFileName(found.Relative), 300)!, Limit(image.Caption, 500), null);
        await using var file = File.OpenRead(found.Full);
        var uploaded = await uploader.UploadAsync(file, file.Length, Path.GetFileName(found.Full), details, actor, ct);
        if (uploaded.Id is not { } id)
        {
            report.Problems.Add($"{where}: image file {found.Relative} was refused by the media library ({uploaded.Refusal?.Error}).");
            return null;
        }
        await db.MediaItems.Where(m => m.Id == id).ExecuteUpdateAsync(s => s.SetProperty(m => m.ImportKey, key), ct);
        report.MediaCreated++;
        return id;
    }

    /// <summary>
    /// The file under <paramref name="folder"/> an address or upload path names: as written, else the original a
    /// resized copy was made from (<c>photo-300x200.jpg</c>, <c>photo-scaled.jpg</c>). Never a file outside the folder.
    /// </summary>
    public static (string Full, string Relative)? Find(string folder, string source)
    {
        var root = Path.GetFullPath(folder);
        var relative = RelativePath(source);
        foreach (var candidate in new[] { relative, SizeSuffix().Replace(relative, "$1") }.Distinct())
        {
            var full = Path.GetFullPath(Path.Combine(root, candidate));
            if (full.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal) && File.Exists(full))
                return (full, candidate);
        }
        return null;
    }

    /// <summary>The part of an image address under the upload folder: after <c>wp-content/uploads/</c> or Ghost's <c>content/images/</c>.</summary>
    public static string RelativePath(string source)
    {
        var path = source.Split('?', '#')[0];
        foreach (var marker in new[] { "/wp-content/uploads/", "/content/images/" })
        {
            var at = path.IndexOf(marker, StringComparison.OrdinalIgnoreCase);
            if (at >= 0) return GhostSize().Replace(Uri.UnescapeDataString(path[(at + marker.Length)..]), "");
        }
        if (Uri.TryCreate(path, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https") path = uri.AbsolutePath;
        return Uri.UnescapeDataString(path).TrimStart('/');
    }

    private static string AltFromFileName(string relative) =>
        Path.GetFileNameWithoutExtension(relative).Replace('-', ' ').Replace('_', ' ').Trim() is { Length: > 0 } words ? words : "Image";

    private static string? Limit(string? text, int length) => text is null || text.Length <= length ? text : ContentRenderer.Excerpt(text, length);

    [GeneratedRegex(@"(?:-\d+x\d+|-scaled)(\.[A-Za-z0-9]+)$")]
    private static partial Regex SizeSuffix();

    [GeneratedRegex(@"^size/w\d+/")]
    private static partial Regex GhostSize();
}
