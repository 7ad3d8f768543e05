using System.Net;
using System.Xml.Linq;

namespace Fandom.Bench.Measure;

/// <summary>The sitemap as a crawler reads it: the index (or the one file) and every file it names, with their URL counts.</summary>
public sealed record SitemapFiles(bool IsIndex, IReadOnlyList<(string Path, int Urls)> Files)
{
    /// <summary>What the sitemaps.org protocol allows in one file.</summary>
    public const int MaxUrlsPerFile = 50_000;

    public int TotalUrls => Files.Sum(f => f.Urls);
    public int LargestFile => Files.Count == 0 ? 0 : Files.Max(f => f.Urls);
}

public static class SitemapWalk
{
    private static readonly XNamespace Sitemaps = "http://www.sitemaps.org/schemas/sitemap/0.9";

    /// <summary>Reads <c>/sitemap.xml</c> and, when it is an index, each file it lists (by path: the index names the public host).</summary>
    public static async Task<SitemapFiles> WalkAsync(ReaderClient client)
    {
        var root = await ReadAsync(client, "/sitemap.xml");
        if (root.Name != Sitemaps + "sitemapindex") return new SitemapFiles(false, [("/sitemap.xml", Urls(root))]);
        var files = new List<(string, int)>();
        foreach (var loc in root.Elements(Sitemaps + "sitemap").Select(s => (string)s.Element(Sitemaps + "loc")!))
        {
            var path = new Uri(loc).PathAndQuery;
            files.Add((path, Urls(await ReadAsync(client, path))));
        }
        return new SitemapFiles(true, files);
    }

    private static int Urls(XElement urlset) => urlset.Elements(Sitemaps + "url").Count();

    private static async Task<XElement> ReadAsync(ReaderClient client, string path)
    {
        var (status, _, body) = await client.GetAsync(path);
        if (status != HttpStatusCode.OK) throw new InvalidOperationException($"{path} answered {(int)status}");
        using var stream = new MemoryStream(body);
        return XDocument.Load(stream).Root!;
    }
}
