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

    private static readonly string[] Prefixes = ["", "/category/", "/tag/", "/author/", "/people/"];

    /// <summary>
    /// A few key lookups, whatever the size of the archive: the newest article id (files cover ranges of ids), one
    /// probe per range for a visible article, and the listings with their newest article.
    /// </summary>
    public async Task<SitemapPlan> PlanAsync(CancellationToken ct = default)
    {
        var pages = await PagesAsync(ct);
        // Ids bound the number of articles from above, so one file is never asked to hold more than the limit;
        // counting the visible articles exactly would read the whole archive on every visit.
        var lastId = await db.Articles.MaxAsync(a => (int?)a.Id, ct) ?? 0;
        if (pages.Count + lastId <= PerFile) return new SitemapPlan(pages, [], PerFile);

        var files = pages.Chunk(PerFile)
            .Select((part, i) => new SitemapEntry(string.Format(PagesFile, i + 1), part.Max(p => p.LastModifiedUtc)))
            .ToList();
        var visible = Visible;
        for (var number = 1; (long)(number - 1) * PerFile < lastId; number++)
        {
            var (first, last) = Range(number);
            // A range whose articles are all drafts has no file. Article files carry no lastmod: it would be the
            // newest change among fifty thousand rows, read on every visit; search engines read the files' own.
            if (await visible.AnyAsync(a => a.Id >= first && a.Id <= last, ct))
                files.Add(new SitemapEntry(string.Format(ArticlesFile, number), null));
        }
        return new SitemapPlan(pages, files, PerFile);
    }

    /// <summary>The ids article file <paramref name="number"/> covers; ints, like the key, so the database compares the column as it is indexed.</summary>
    private (int First, int Last) Range(int number) =>
        ((int)Math.Min(int.MaxValue, (long)(number - 1) * PerFile + 1), (int)Math.Min(int.MaxValue, (long)number * PerFile));

    /// <summary>Visible articles with ids in file <paramref name="number"/>'s range, or all of them; read as they are written.</summary>
    public IAsyncEnumerable<SitemapEntry> ArticlesAsync(int? number = null)
    {
        var articles = Visible;
        if (number is { } n)
        {
            var (first, last) = Range(n);
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

    /// <summary>
    /// Home, every category, and every tag, author and person with a visible article; a listing's lastmod is its
    /// newest article's publication: one step down that list's own index (see ArticleListing) per listing, all in
    /// one query, so the cost is the number of listings, never the size of the archive.
    /// </summary>
    private async Task<List<SitemapEntry>> PagesAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var visible = Visible;
        // Anonymous rows, not records: EF unions only what it can translate to columns.
        var categories = db.Categories.Select(c => new
        {
            Kind = 1, c.Slug,
            LastModifiedUtc = db.ArticleCategories.VisibleAt(now).Where(l => l.CategoryId == c.Id)
                .OrderByDescending(l => l.PublishAtUtc).Select(l => l.PublishAtUtc).FirstOrDefault(),
        });
        var tags = db.Tags.Select(t => new
            {
                Kind = 2, t.Slug,
                LastModifiedUtc = db.ArticleTags.VisibleAt(now).Where(l => l.TagId == t.Id)
                    .OrderByDescending(l => l.PublishAtUtc).Select(l => l.PublishAtUtc).FirstOrDefault(),
            })
            .Where(t => t.LastModifiedUtc != null);
        var authors = db.Users.Select(u => new
            {
                Kind = 3, u.Slug,
                LastModifiedUtc = db.ArticleAuthors.VisibleAt(now).Where(l => l.AuthorId == u.Id)
                    .OrderByDescending(l => l.PublishAtUtc).Select(l => l.PublishAtUtc).FirstOrDefault(),
            })
            .Where(u => u.LastModifiedUtc != null);
        // People with a quote in a visible article; no lastmod: the quote library grows with the archive (every
        // attributed quote is collected), so the newest of a person's quotes would cost one step per quote.
        var people = db.People
            .Where(p => db.Quotes.Any(q => q.SpeakerId == p.Id && db.ArticleQuotes.VisibleAt(now).Any(l => l.QuoteId == q.Id)))
            .Select(p => new { Kind = 4, p.Slug, LastModifiedUtc = (DateTime?)null });
        var rows = await categories.Concat(tags).Concat(authors).Concat(people).ToListAsync(ct);

        // The front page changes with its newest story: one step down the (status, publish time) index.
        var newest = await visible.OrderByDescending(a => a.PublishAtUtc).ThenByDescending(a => a.Id)
            .Select(a => a.UpdatedAtUtc > a.PublishAtUtc ? a.UpdatedAtUtc : a.PublishAtUtc)
            .FirstOrDefaultAsync(ct);
        var entries = new List<SitemapEntry> { new("/", newest) };
        entries.AddRange(rows
            .OrderBy(r => r.Kind).ThenBy(r => r.Slug, StringComparer.Ordinal)
            .Select(r => new SitemapEntry(Prefixes[r.Kind] + r.Slug, r.LastModifiedUtc)));
        return entries;
    }
}
