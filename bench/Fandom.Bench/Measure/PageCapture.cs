using System.Net;

namespace Fandom.Bench.Measure;

/// <summary>A page's bytes and content type as the app served them, for the ceiling server to replay.</summary>
public sealed record CapturedPage(string Path, string ContentType, int Length, string File);

/// <summary>
/// Fetches every page once (uncached) and writes it to a folder with a <c>pages.tsv</c> manifest
/// (path, content type, file) that <c>Fandom.Bench.Ceiling</c> serves from memory.
/// </summary>
public static class PageCapture
{
    public const string Manifest = "pages.tsv";

    public static async Task<IReadOnlyList<CapturedPage>> CaptureAsync(ReaderClient client, IReadOnlyList<BenchPage> pages, string folder)
    {
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        Directory.CreateDirectory(folder);
        var captured = new List<CapturedPage>();
        foreach (var (page, index) in pages.Select((p, i) => (p, i)))
        {
            var (status, type, body) = await client.GetAsync(page.Path);
            if (status != HttpStatusCode.OK)
                throw new InvalidOperationException($"{page.Path} answered {(int)status}; every benchmarked page must be a 200.");
            var file = $"page-{index:00}.bin";
            await File.WriteAllBytesAsync(Path.Combine(folder, file), body);
            captured.Add(new CapturedPage(page.Path, type ?? "application/octet-stream", body.Length, file));
        }
        await File.WriteAllLinesAsync(Path.Combine(folder, Manifest), captured.Select(c => $"{c.Path}\t{c.ContentType}\t{c.File}"));
        return captured;
    }
}
