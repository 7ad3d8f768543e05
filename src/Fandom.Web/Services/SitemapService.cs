using Fandom.Data;
using Fandom.Data.Entities;
using Fandom.Web.Options;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Fandom.Web.Services;

/// <summary>One URL of a sitemap (or one file of a sitemap index): a site path and when its content last changed.</summary>
public sealed record SitemapEntry(string Path, DateTime? LastModifiedUtc);

/// <summary>
/// What <c>/sitemap.xml</c> is: one urlset of every URL while the site fits in one file, else an index of files.
/// <see cref="Pages"/> are the listings (home, categories, tags, authors, people), in memory because there are few.
/// </summary>
public sealed record SitemapPlan(IReadOnlyList<SitemapEntry> Pages, IReadOnlyList<SitemapEntry> Files, int UrlsPerFile)
{
    public bool IsIndex => Files.Count > 0;
}

/// <summary>
/// Every reader page search engines should know: visible articles, categories, and the tags, authors and people
/// with a visible article. Articles are split into files by ranges of their id (each file one primary-key range
/// read, however deep in the archive); listings share their own files.
/// </summary>
public sealed class SitemapService(FandomDbContext db, TimeProvider time, IOptions<SitemapOptions> options)
{
    public const string ArticlesFile = "/sitemaps/articles-{0}.xml";
    public const string PagesFile = "/sitemaps/pages-{0}.xml";

    private int PerFile => options.Value.UrlsPerFile;

    private IQueryable<Article> Visible => db.Articles.VisibleAt(time.GetUtcNow().UtcDateTime);

    private sealed record Chunk(int Number, int Count, DateTime LastModifiedUtc);

    private sealed record Listing(int Kind, string Slug, DateTime? LastModifiedUtc);

    private static readonly string[] Prefixes = ["", "/category/", "/tag/", "/author/", "/people/"];

    /// <summary>Three queries: visible articles counted per id range, the listings with their newest article, the front page's.</summary>
    public async Task<SitemapPlan> PlanAsync(CancellationToken ct = default)
    {
        var chunks = await ChunksAsync(ct);
        var pages = await PagesAsync(ct);
        if (pages.Count + chunks.Sum(c => c.Count) <= PerFile) return new SitemapPlan(pages, [], PerFile);

        var files = pages.Chunk(PerFile)
            .Select((part, i) => new SitemapEntry(string.Format(PagesFile, i + 1), part.Max(p => p.LastModifiedUtc)))
            .Concat(chunks.Select(c => new SitemapEntry(string.Format(ArticlesFile, c.Number), c.LastModifiedUtc)))
            .ToList();
        return new SitemapPlan(pages, files, PerFile);
    }

    /// <summary>Visible articles with ids in file <paramref name="number"/>'s range, or all of them; read as they are written.</summary>
    public IAsyncEnumerable<SitemapEntry> ArticlesAsync(int? number = null)
    {
        var articles = Visible;
        if (number is { } n)
        {
            // Bounds stay ints, like the key, so the database compares the column as it is indexed.
            var first = (int)Math.Min(int.MaxValue, (long)(n - 1) * PerFile + 1);
            var last = (int)Math.Min(int.MaxValue, (long)n * PerFile);
            articles = articles.Where(a => a.Id >= first && a.Id <= last);
        }
        return articles.OrderBy(a => a.Id)
            .Select(a => new SitemapEntry("/articles/" + a.Slug, a.UpdatedAtUtc > a.PublishAtUtc ? a.UpdatedAtUtc : a.PublishAtUtc))
            .AsAsyncEnumerable();
    }

    /// <summary>Listings file <paramref name="number"/> (1-based); null when there is no such file.</summary>
    public async Task<IReadOnlyList<SitemapEntry>?> PagesAsync(int number, CancellationToken ct = default)
    {
        if (number < 1) return null;
        var pages = await PagesAsync(ct);
        var part = pages.Skip((int)Math.Min(int.MaxValue, (long)(number - 1) * PerFile)).Take(PerFile).ToList();
        return part.Count == 0 ? null : part;
    }

    /// <summary>One pass over the visible articles, grouped by id range: how many, and the newest change in each.</summary>
    private async Task<List<Chunk>> ChunksAsync(CancellationToken ct)
    {
        var perFile = PerFile;
        var rows = await Visible
            .GroupBy(a => (a.Id - 1) / perFile)
            .Select(g => new { g.Key, Count = g.Count(), LastModifiedUtc = g.Max(a => a.UpdatedAtUtc > a.PublishAtUtc ? a.UpdatedAtUtc : a.PublishAtUtc) })
            .ToListAsync(ct);
        return rows.OrderBy(r => r.Key).Select(r => new Chunk(r.Key + 1, r.Count, r.LastModifiedUtc!.Value)).ToList();
    }

    /// <summary>
    /// Home, every category, and every tag, author and person with a visible article; a listing's lastmod is its
    /// newest article's publication. Two queries: for the listings, each kind is one grouped pass over its link table, not a
    /// correlated lookup per row.
    /// </summary>
    private async Task<List<SitemapEntry>> PagesAsync(CancellationToken ct)
    {
        var visible = Visible;
        // Anonymous rows, not records: EF unions only what it can translate to columns.
        var categories = db.Categories.Select(c => new { Kind = 1, c.Slug, LastModifiedUtc = (DateTime?)null });
        var filed = visible.SelectMany(a => a.Categories, (a, c) => new { c.Slug, a.PublishAtUtc })
            .GroupBy(x => x.Slug).Select(g => new { Kind = 1, Slug = g.Key, LastModifiedUtc = g.Max(x => x.PublishAtUtc) });
        var tags = visible.SelectMany(a => a.Tags, (a, t) => new { t.Slug, a.PublishAtUtc })
            .GroupBy(x => x.Slug).Select(g => new { Kind = 2, Slug = g.Key, LastModifiedUtc = g.Max(x => x.PublishAtUtc) });
        var authors = visible.SelectMany(a => a.Authors, (a, u) => new { u.Slug, a.PublishAtUtc })
            .GroupBy(x => x.Slug).Select(g => new { Kind = 3, Slug = g.Key, LastModifiedUtc = g.Max(x => x.PublishAtUtc) });
        var people = visible.SelectMany(a => a.Quotes, (a, q) => new { q.Speaker!.Slug, a.PublishAtUtc })
            .GroupBy(x => x.Slug).Select(g => new { Kind = 4, Slug = g.Key, LastModifiedUtc = g.Max(x => x.PublishAtUtc) });
        var rows = await categories.Concat(filed).Concat(tags).Concat(authors).Concat(people).ToListAsync(ct);

        // The front page changes with its newest story: one step down the (status, publish time) index.
        var newest = await visible.OrderByDescending(a => a.PublishAtUtc).ThenByDescending(a => a.Id)
            .Select(a => a.UpdatedAtUtc > a.PublishAtUtc ? a.UpdatedAtUtc : a.PublishAtUtc)
            .FirstOrDefaultAsync(ct);
        var entries = new List<SitemapEntry> { new("/", newest) };
        entries.AddRange(rows
            // A category appears twice, once as itself and once with its newest article (when it has one).
            .GroupBy(r => (r.Kind, r.Slug))
            .Select(g => new Listing(g.Key.Kind, g.Key.Slug, g.Max(r => r.LastModifiedUtc)))
            .OrderBy(r => r.Kind).ThenBy(r => r.Slug, StringComparer.Ordinal)
            .Select(r => new SitemapEntry(Prefixes[r.Kind] + r.Slug, r.LastModifiedUtc)));
        return entries;
    }
}
