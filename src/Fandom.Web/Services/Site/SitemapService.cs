using System.Linq.Expressions;
using Fandom.Data;
using Fandom.Data.Entities;
using Fandom.Web.Options;
using Fandom.Web.Services.Articles;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Fandom.Web.Services.Site;

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
    private int PerFile => options.Value.UrlsPerFile;

    private IQueryable<Article> Visible => db.Articles.VisibleAt(time.UtcNow());

    /// <summary>
    /// A few key lookups, whatever the size of the archive: the listings with their newest article, the newest
    /// article id (files cover ranges of ids), and one statement that finds the first visible article of each range.
    /// </summary>
    public async Task<SitemapPlan> PlanAsync(CancellationToken ct = default)
    {
        var pages = await PagesAsync(ct);
        // Ids bound the number of articles from above, so one file is never asked to hold more than the limit;
        // counting the visible articles exactly would read the whole archive on every visit.
        var lastId = await db.Articles.MaxAsync(a => (int?)a.Id, ct) ?? 0;
        if (pages.Count + lastId <= PerFile) return new SitemapPlan(pages, [], PerFile);

        var files = pages.Chunk(PerFile)
            .Select((part, i) => new SitemapEntry(ReaderUrls.SitemapPages(i + 1), part.Max(p => p.LastModifiedUtc)))
            .ToList();
        // A range whose articles are all drafts has no file. Article files carry no lastmod: it would be the newest
        // change among fifty thousand rows, read on every visit; search engines read the files' own.
        var ranges = (int)((lastId + (long)PerFile - 1) / PerFile);
        foreach (var number in await NumbersOfFilesAsync(ranges, ct))
            files.Add(new SitemapEntry(ReaderUrls.SitemapArticles(number), null));
        return new SitemapPlan(pages, files, PerFile);
    }

    /// <summary>SQLite refuses a compound statement of more than 500 parts; real sites have a few ranges, tests hundreds.</summary>
    private const int RangesPerStatement = 100;

    /// <summary>
    /// Which of article files 1 to <paramref name="ranges"/> hold a visible article: the first visible id of each
    /// range, every range in one statement (<c>UNION ALL</c>), each a few steps along the primary key.
    /// </summary>
    private async Task<IEnumerable<int>> NumbersOfFilesAsync(int ranges, CancellationToken ct)
    {
        var now = time.UtcNow();
        var firsts = new List<int>();
        foreach (var numbers in Enumerable.Range(1, ranges).Chunk(RangesPerStatement))
        {
            var probes = numbers.Select(number => VisibleInRange(number, now).OrderBy(a => a.Id).Select(a => a.Id).Take(1))
                .Aggregate((all, probe) => all.Concat(probe));
            firsts.AddRange(await probes.ToListAsync(ct));
        }
        // One id per range at most, but UNION ALL promises no order.
        return firsts.Select(id => (id - 1) / PerFile + 1).Order();
    }

    /// <summary>
    /// The visible articles of file <paramref name="number"/>'s range, found along the primary key: the range read
    /// by key, each row checked by key (the check repeats the range, or PostgreSQL merges the range with the whole
    /// key). Asked directly ("visible, and id in the range"), PostgreSQL expects a visible article among the first
    /// rows of a table scan, and for a later range reads every earlier row first (ids are in table order); SQLite
    /// walks the visibility index from the oldest publication until it meets an id of the range.
    /// </summary>
    private IQueryable<Article> VisibleInRange(int number, DateTime nowUtc)
    {
        var (first, last) = Range(number);
        var range = db.Articles.Where(a => a.Id >= first && a.Id <= last);
        var visible = range.VisibleAt(nowUtc);
        return range.Where(a => visible.Any(v => v.Id == a.Id));
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
            .Select(a => new SitemapEntry(ReaderUrls.Article(a.Slug), a.UpdatedAtUtc > a.PublishAtUtc ? a.UpdatedAtUtc : a.PublishAtUtc))
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
        var now = time.UtcNow();
        var visible = Visible;
        var categories = Listed(db.Categories, 1, c => c.Slug, c => db.ArticleCategories.VisibleAt(now).Where(l => l.CategoryId == c.Id));
        // Tags, authors and people without a visible article are dropped below, not in SQL: a WHERE on the lastmod
        // runs its subquery again for every row (300 tags at 100,000 articles: 3.3 ms against 1.7 on PostgreSQL).
        var tags = Listed(db.Tags, 2, t => t.Slug, t => db.ArticleTags.VisibleAt(now).Where(l => l.TagId == t.Id));
        var authors = Listed(db.Users, 3, u => u.Slug, u => db.ArticleAuthors.VisibleAt(now).Where(l => l.AuthorId == u.Id));
        // A person's page lists the articles quoting them (ArticleSpeakers), so it changes with the newest of them.
        var people = Listed(db.People, 4, p => p.Slug, p => db.ArticleSpeakers.VisibleAt(now).Where(l => l.PersonId == p.Id));
        var rows = await categories.Concat(tags).Concat(authors).Concat(people).ToListAsync(ct);

        // The front page changes with its newest story: one step down the (status, publish time) index.
        var newest = await visible.OrderByDescending(a => a.PublishAtUtc).ThenByDescending(a => a.Id)
            .Select(a => a.UpdatedAtUtc > a.PublishAtUtc ? a.UpdatedAtUtc : a.PublishAtUtc)
            .FirstOrDefaultAsync(ct);
        var entries = new List<SitemapEntry> { new(ReaderUrls.Home, newest) };
        entries.AddRange(rows
            .Where(r => r.Kind == 1 || r.LastModifiedUtc != null) // every category, even an empty one
            .OrderBy(r => r.Kind).ThenBy(r => r.Slug, StringComparer.Ordinal)
            .Select(r => new SitemapEntry(ListingUrl(r.Kind, r.Slug), r.LastModifiedUtc)));
        return entries;
    }

    private static string ListingUrl(int kind, string slug) => kind switch
    {
        1 => ReaderUrls.Category(slug),
        2 => ReaderUrls.Tag(slug),
        3 => ReaderUrls.Author(slug),
        _ => ReaderUrls.Person(slug),
    };
    /// <summary>A sitemap row as the listings query reads it (a class: EF unions member-initialized rows).</summary>
    private sealed class ListingRow
    {
        public int Kind { get; init; }
        public string Slug { get; init; } = "";
        public DateTime? LastModifiedUtc { get; init; }
    }

    /// <summary>
    /// Each of <paramref name="terms"/> with its slug and the publication of its newest visible article, one step down
    /// the list's own index: <paramref name="articles"/> is a term's visible list rows. Put together as one expression
    /// (EF translates the term's rows as a subquery), so every kind of listing reads its lastmod the same way.
    /// </summary>
    private static IQueryable<ListingRow> Listed<TTerm, TListing>(IQueryable<TTerm> terms, int kind,
        Expression<Func<TTerm, string>> slug, Expression<Func<TTerm, IQueryable<TListing>>> articles) where TListing : ArticleListing
    {
        Expression<Func<int, string, IQueryable<TListing>, ListingRow>> row = (k, s, listed) => new ListingRow
        {
            Kind = k, Slug = s,
            LastModifiedUtc = listed.OrderByDescending(l => l.PublishAtUtc).Select(l => l.PublishAtUtc).FirstOrDefault(),
        };
        var term = slug.Parameters[0];
        var body = CompiledQueries.Bind(row, Expression.Constant(kind), slug.Body, CompiledQueries.Bind(articles, term));
        return terms.Select(Expression.Lambda<Func<TTerm, ListingRow>>(body, term));
    }
}
