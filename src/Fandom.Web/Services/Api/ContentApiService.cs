using Fandom.Data;
using Fandom.Data.Entities;
using Fandom.Web.Content;
using Fandom.Web.Services.Articles;
using Fandom.Web.Services.Site;
using Microsoft.EntityFrameworkCore;

namespace Fandom.Web.Services.Api;

/// <summary>Narrows the article list to one section, topic and byline; each is a slug, any may be left out.</summary>
public sealed record ArticleFilter(string? Category, string? Tag, string? Author);

/// <summary>
/// Reads for the content API: published content only, by the readers' rule (<see cref="ArticleVisibility.VisibleAt"/>),
/// each query one index range or key lookups as the reader pages' are, and nothing counted. A tag, an author, a person
/// or a quote is listed only while a visible article carries it, as their reader pages exist only then.
/// </summary>
public sealed class ContentApiService(FandomDbContext db, TimeProvider time, ArticleService articles)
{
    private DateTime Now => time.UtcNow();

    private ArticleCards Cards => new(db);

    /// <summary>
    /// One page of visible articles, newest first. A filter reads its own list rows (a tag's, else an author's, else a
    /// section's: one index range, the narrowest kind first) and checks the others by key for each row it reads; a
    /// slug that names nothing gives an empty list.
    /// </summary>
    public async Task<Page<ArticleResource>> ArticlesAsync(
        ArticleFilter filter, ArticleFields fields, int page, int size, string baseUrl, CancellationToken ct = default)
    {
        await db.Database.OpenConnectionAsync(ct);
        var now = Now;
        var categoryId = filter.Category is { } category
            ? await db.Categories.Where(c => c.Slug == category).Select(c => (int?)c.Id).FirstOrDefaultAsync(ct) : null;
        var tagId = filter.Tag is { } tag
            ? await db.Tags.Where(t => t.Slug == tag).Select(t => (int?)t.Id).FirstOrDefaultAsync(ct) : null;
        var authorId = filter.Author is { } author
            ? await db.Users.Where(u => u.Slug == author).Select(u => u.Id).FirstOrDefaultAsync(ct) : null;
        if ((filter.Category is not null && categoryId is null) || (filter.Tag is not null && tagId is null) || (filter.Author is not null && authorId is null))
            return new Page<ArticleResource>([], Math.Max(1, page), size);

        IQueryable<Article> listed;
        if (tagId is { } byTag)
            listed = NewestFirst(db.ArticleTags.Where(l => l.TagId == byTag), now, categoryId, null, authorId);
        else if (authorId is { } byAuthor)
            listed = NewestFirst(db.ArticleAuthors.Where(l => l.AuthorId == byAuthor), now, categoryId, null, null);
        else if (categoryId is { } byCategory)
            listed = NewestFirst(db.ArticleCategories.Where(l => l.CategoryId == byCategory), now, null, null, null);
        else
            listed = db.Articles.AsNoTracking().VisibleAt(now).OrderByDescending(a => a.PublishAtUtc).ThenByDescending(a => a.Id);

        var withBody = fields.BodyHtml;
        var rows = await listed.Select(a => new ArticleRow(
                a.Id, a.Title, a.Slug, a.Dek, withBody ? a.BodyHtml : null, a.Excerpt, a.WordCount, a.ContentNotes,
                a.SeoTitle, a.SeoDescription, a.PublishAtUtc!.Value, a.UpdatedAtUtc, HeroImage.From(a.HeroMedia, a.HeroCaption, a.HeroAltText)))
            .ToUncountedPageAsync(page, size, ct);
        var terms = rows.Items.Count == 0 ? null : await Cards.TermsAsync([.. rows.Items.Select(r => r.Id)], withTags: true, ct);
        return rows.With(rows.Items.Select(r => ArticleResource.From(r.Detail([.. terms![r.Id]]), fields, baseUrl)).ToList());
    }

    /// <summary>
    /// A list's visible rows newest first, kept to those also in the other lists asked for, each a key lookup per row.
    /// The lookups are written as a first-row subquery rather than <c>Any</c>: PostgreSQL may turn an <c>EXISTS</c>
    /// into a hash join that reads the other list whole, where a subquery with a limit stays a probe of its primary
    /// key, and the walk down this list's index stops once the page is full.
    /// </summary>
    private IQueryable<Article> NewestFirst<TListing>(IQueryable<TListing> listing, DateTime now, int? categoryId, int? tagId, string? authorId)
        where TListing : ArticleListing
    {
        var rows = listing.VisibleAt(now);
        if (categoryId is { } c)
            rows = rows.Where(l => db.ArticleCategories.Where(o => o.ArticleId == l.ArticleId && o.CategoryId == c).Select(o => 1).FirstOrDefault() == 1);
        if (tagId is { } t)
            rows = rows.Where(l => db.ArticleTags.Where(o => o.ArticleId == l.ArticleId && o.TagId == t).Select(o => 1).FirstOrDefault() == 1);
        if (authorId is { } a)
            rows = rows.Where(l => db.ArticleAuthors.Where(o => o.ArticleId == l.ArticleId && o.AuthorId == a).Select(o => 1).FirstOrDefault() == 1);
        return rows.OrderByDescending(l => l.PublishAtUtc).ThenByDescending(l => l.ArticleId).Select(l => l.Article!);
    }

    /// <summary>One visible article by its slug, as its reader page reads it, or the slug it moved to.</summary>
    public async Task<(ArticleResource? Article, string? MovedTo)> ArticleAsync(string slug, string baseUrl, CancellationToken ct = default)
    {
        var found = await articles.FindBySlugAsync(slug, ct);
        return (found.Article is { } article ? ArticleResource.From(article, ArticleFields.All, baseUrl) : null, found.MovedTo);
    }

    /// <summary>Every section, in the masthead's order (a category is part of the site even while it has no article).</summary>
    public async Task<IReadOnlyList<CategoryResource>> CategoriesAsync(string baseUrl, CancellationToken ct = default) =>
        (await db.Categories.AsNoTracking().OrderBy(c => c.DisplayOrder).ThenBy(c => c.Name)
            .Select(c => new { c.Name, c.Slug, c.Description }).ToListAsync(ct))
        .Select(c => new CategoryResource(c.Name, c.Slug, c.Description, baseUrl + ReaderUrls.Category(c.Slug))).ToList();

    /// <summary>Tags that a visible article carries, by slug; each tag is one key range of its list rows.</summary>
    public async Task<Page<LinkResource>> TagsAsync(int page, int size, string baseUrl, CancellationToken ct = default)
    {
        var visible = db.ArticleTags.VisibleAt(Now);
        var read = await db.Tags.AsNoTracking().Where(t => visible.Any(l => l.TagId == t.Id)).OrderBy(t => t.Slug)
            .Select(t => new { t.Name, t.Slug }).ToUncountedPageAsync(page, size, ct);
        return read.With(read.Items.Select(t => new LinkResource(t.Name, t.Slug, baseUrl + ReaderUrls.Tag(t.Slug))).ToList());
    }

    /// <summary>Staff with a byline on a visible article, by slug.</summary>
    public async Task<Page<AuthorResource>> AuthorsAsync(int page, int size, string baseUrl, CancellationToken ct = default)
    {
        var visible = db.ArticleAuthors.VisibleAt(Now);
        var read = await db.Users.AsNoTracking().Where(u => visible.Any(l => l.AuthorId == u.Id)).OrderBy(u => u.Slug)
            .Select(u => new { u.DisplayName, u.Slug, u.Bio }).ToUncountedPageAsync(page, size, ct);
        return read.With(read.Items.Select(u => new AuthorResource(u.DisplayName, u.Slug, u.Bio, baseUrl + ReaderUrls.Author(u.Slug))).ToList());
    }

    /// <summary>People quoted in a visible article, by slug.</summary>
    public async Task<Page<PersonResource>> PeopleAsync(int page, int size, string baseUrl, CancellationToken ct = default)
    {
        var visible = db.ArticleSpeakers.VisibleAt(Now);
        var read = await db.People.AsNoTracking().Where(p => visible.Any(l => l.PersonId == p.Id)).OrderBy(p => p.Slug)
            .Select(p => new { p.Name, p.Slug, p.Bio, p.Url }).ToUncountedPageAsync(page, size, ct);
        return read.With(read.Items.Select(p => new PersonResource(
            p.Name, p.Slug, p.Bio, WebAddresses.IsWebAddress(p.Url) ? p.Url : null, baseUrl + ReaderUrls.Person(p.Slug))).ToList());
    }

    /// <summary>
    /// Quotes that appear in a visible article, newest first, from before the quote id <paramref name="before"/>: a
    /// cursor rather than a page number, because the library grows at the top and numbered pages would shift under a
    /// client reading it through. Reads back along the primary key, checking each quote's list rows by key.
    /// </summary>
    public async Task<(IReadOnlyList<QuoteResource> Items, int? NextBefore)> QuotesAsync(int? before, int size, string baseUrl, CancellationToken ct = default)
    {
        var visible = db.ArticleQuotes.VisibleAt(Now);
        var below = before ?? int.MaxValue;
        var rows = await db.Quotes.AsNoTracking()
            .Where(q => q.Id < below && visible.Any(l => l.QuoteId == q.Id))
            .OrderByDescending(q => q.Id)
            .Select(q => new { q.Id, q.Text, Speaker = q.Speaker!.Name, SpeakerSlug = q.Speaker.Slug, q.SourceName, q.SourceUrl, q.SaidOn })
            .Take(size + 1).ToListAsync(ct);
        var items = rows.Take(size).Select(q => new QuoteResource(
            q.Id, q.Text, new LinkResource(q.Speaker, q.SpeakerSlug, baseUrl + ReaderUrls.Person(q.SpeakerSlug)),
            q.SourceName, WebAddresses.IsWebAddress(q.SourceUrl) ? q.SourceUrl : null, q.SaidOn)).ToList();
        return (items, rows.Count > size ? items[^1].Id : null);
    }

    /// <summary>An article's own columns for the API; the body only when asked for.</summary>
    private sealed record ArticleRow(
        int Id, string Title, string Slug, string? Dek, string? BodyHtml, string Excerpt, int WordCount, string? ContentNotes,
        string? SeoTitle, string? SeoDescription, DateTime PublishedAtUtc, DateTime UpdatedAtUtc, HeroImage? Hero)
    {
        public ArticleDetail Detail(IReadOnlyList<ArticleTerm> terms) => new(
            Id, Title, Slug, Dek, BodyHtml ?? "", Excerpt, WordCount, ContentNotes, SeoTitle, SeoDescription, PublishedAtUtc, UpdatedAtUtc,
            ArticleCards.Authors(terms), ArticleCards.Categories(terms), ArticleCards.Tags(terms)) { Hero = Hero };
    }
}
