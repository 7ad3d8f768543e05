using Fandom.Bench.Archive;
using Fandom.Data;
using Fandom.Web.Services.Articles;
using Fandom.Web.Services.Site;
using Microsoft.EntityFrameworkCore;

namespace Fandom.Bench.Measure;

/// <summary>A reader page the benchmark requests: a short name for the table, the URL path, and what it shows.</summary>
public sealed record BenchPage(string Name, string Path, string Note);

/// <summary>
/// One page of every reader page type, chosen from the archive: the biggest section, tag, byline and most-quoted
/// person (the heaviest lists), a recent article with quotes and an image, and the three planted search words.
/// </summary>
public static class PageSet
{
    public static async Task<IReadOnlyList<BenchPage>> FindAsync(BenchSettings settings, ArchiveLocation location, CancellationToken ct = default)
    {
        await using var app = AppServices.Build(settings.Root, location);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FandomDbContext>();
        var perPage = scope.ServiceProvider.GetRequiredService<SiteSettingsService>().Current.ArticlesPerPage;
        var now = DateTime.UtcNow;
        var visible = db.Articles.VisibleAt(now);

        var article = await visible
            .Where(a => a.EmbeddedMedia.Any() && a.Quotes.Count >= 2)
            .OrderByDescending(a => a.PublishAtUtc)
            .Select(a => new { a.Slug, a.WordCount, Quotes = a.Quotes.Count })
            .FirstAsync(ct);
        // The reader rule applied once, at the top: the biggest section, tag and byline among visible articles.
        var category = await Biggest(visible.SelectMany(a => a.Categories).Select(c => c.Slug), ct);
        var tag = await Biggest(visible.SelectMany(a => a.Tags).Select(t => t.Slug), ct);
        var author = await Biggest(visible.SelectMany(a => a.Authors).Select(u => u.Slug), ct);
        var person = await db.People
            .Select(p => new { p.Slug, Quotes = p.Quotes.Count })
            .OrderByDescending(p => p.Quotes).FirstAsync(ct);

        var lastPage = Math.Max(1, (category.Count + perPage - 1) / perPage);
        var deep = Math.Min(settings.DeepPage, lastPage);
        async Task<string> Found(string word) => await visible.CountAsync(a => a.SearchText.Contains(word), ct) switch
        {
            0 => "no visible article has the word",
            1 => "one visible article has it",
            var n => $"{n:N0} visible articles have it",
        };

        return
        [
            new("home", "/", "latest articles"),
            new("article", $"/articles/{article.Slug}", $"{article.WordCount:N0} words, {article.Quotes} quotes, images"),
            new("category", $"/category/{category.Slug}", $"{category.Count:N0} articles"),
            new("category deep", $"/category/{category.Slug}?page={deep}", $"page {deep} of {lastPage:N0}"),
            new("tag", $"/tag/{tag.Slug}", $"{tag.Count:N0} articles (the biggest tag)"),
            new("author", $"/author/{author.Slug}", $"{author.Count:N0} articles"),
            new("person", $"/people/{person.Slug}", $"{person.Quotes:N0} quotes"),
            new("search rare", $"/search?q={SearchWords.Rare}", await Found(SearchWords.Rare)),
            new("search common", $"/search?q={SearchWords.Common}", await Found(SearchWords.Common)),
            new("search none", $"/search?q={SearchWords.None}", await Found(SearchWords.None)),
            new("feed (RSS)", "/feed", "RSS"),
            new("atom", "/atom", "Atom"),
            new("sitemap", "/sitemap.xml", "sitemap"),
        ];
    }

    private static Task<SlugCount> Biggest(IQueryable<string> slugs, CancellationToken ct) =>
        slugs.GroupBy(slug => slug).OrderByDescending(g => g.Count()).ThenBy(g => g.Key)
            .Select(g => new SlugCount(g.Key, g.Count())).FirstAsync(ct);

    private sealed record SlugCount(string Slug, int Count);
}
