using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Fandom.Web.Infrastructure.Faults;
using Fandom.Web.Services;
using Fandom.Web.Services.Articles;
using Fandom.Web.Services.Quotes;
using Fandom.Web.Services.Search;
using Fandom.Web.Services.Site;

namespace Fandom.Web.Models;

public sealed record HomeViewModel(Page<ArticleCard> Latest)
{
    /// <summary>The newest story leads the first page; later pages are plain lists.</summary>
    public ArticleCard? Lead => Latest.Number == 1 ? Latest.Items.FirstOrDefault() : null;
    /// <summary>The two stories after the lead stand beside it on the first page.</summary>
    public IEnumerable<ArticleCard> Secondary => Lead is null ? [] : Latest.Items.Skip(1).Take(2);
    public IEnumerable<ArticleCard> Rest => Lead is null ? Latest.Items : Latest.Items.Skip(3);
    public PagerViewModel Pager => PagerViewModel.For(ReaderUrls.Home, Latest);
}

public sealed record ArticleViewModel(ArticleDetail Article, ArticleSurroundings Around, string BaseUrl, string SiteName)
{
    /// <summary>Shown through a preview share link: not for search engines.</summary>
    public bool IsPreview { get; init; }

    public string MetaTitle => Article.SeoTitle ?? Article.Title;
    public string MetaDescription => Article.SeoDescription ?? Article.Dek ?? Article.Excerpt;
    public string CanonicalUrl => BaseUrl + ReaderUrls.Article(Article.Slug);

    /// <summary>Absolute URL of the hero image, when the article has one: shared as og:image and the JSON-LD image.</summary>
    public string? ImageUrl { get; init; }

    /// <summary>Who to credit for the hero image (JSON-LD creditText).</summary>
    public string? ImageCredit { get; init; }

    public IEnumerable<string> ContentNotes => (Article.ContentNotes ?? "")
        .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>
    /// schema.org NewsArticle for search engines. The encoder escapes &lt;, &gt; and &amp;, so no text in it can
    /// close the script element it sits in.
    /// </summary>
    public string JsonLd => JsonSerializer.Serialize(JsonLdFields(), JsonLdOptions);

    private Dictionary<string, object?> JsonLdFields()
    {
        var fields = new Dictionary<string, object?>
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "NewsArticle",
            ["headline"] = Article.Title,
            ["description"] = MetaDescription,
            ["datePublished"] = Iso(Article.PublishedAtUtc),
            ["dateModified"] = Iso(Article.UpdatedAtUtc > Article.PublishedAtUtc ? Article.UpdatedAtUtc : Article.PublishedAtUtc),
            ["author"] = Article.Authors.Select(a => new Dictionary<string, string>
            {
                ["@type"] = "Person", ["name"] = a.Name, ["url"] = BaseUrl + ReaderUrls.Author(a.Slug),
            }).ToList(),
            ["publisher"] = new Dictionary<string, string> { ["@type"] = "Organization", ["name"] = SiteName, ["url"] = BaseUrl + ReaderUrls.Home },
            ["mainEntityOfPage"] = new Dictionary<string, string> { ["@type"] = "WebPage", ["@id"] = CanonicalUrl },
            ["articleSection"] = Article.Categories.Select(c => c.Name).ToList(),
            ["keywords"] = Article.Tags.Select(t => t.Name).ToList(),
        };
        if (ImageUrl is not null)
        {
            var image = new Dictionary<string, string> { ["@type"] = "ImageObject", ["url"] = ImageUrl };
            if (ImageCredit is not null) image["creditText"] = ImageCredit;
            fields["image"] = image;
        }
        return fields;
    }

    private static readonly JsonSerializerOptions JsonLdOptions = new() { Encoder = JavaScriptEncoder.Default };

    private static string Iso(DateTime utc) => utc.ToString("yyyy-MM-ddTHH:mm:ssZ");
}

public sealed record ErrorViewModel(int StatusCode, string Title, string Message)
{
    public static ErrorViewModel For(int code) => code switch
    {
        404 => new(code, "Page not found", "We couldn’t find that page. It may have moved, or it was never here."),
        403 => new(code, "Not allowed", "Your account doesn’t have access to this page."),
        429 => new(code, "Too many attempts", "Please wait a minute before trying again."),
        >= 500 => new(code, "Something went wrong", "The error has been logged. Please try again in a moment."),
        _ => new(code, "Request not understood", "That request couldn’t be handled."),
    };

    /// <summary>The page for a request that failed because the database could not answer or could not write.</summary>
    public static ErrorViewModel ForDatabaseFault(DatabaseFaultKind kind) => kind == DatabaseFaultKind.Unavailable
        ? new(503, "Temporarily unavailable", "The site can’t reach its database just now. Pages you visited recently may still load; please try again in a moment.")
        : new(503, "Changes can’t be saved right now", "The site can’t save changes just now, so nothing you sent was saved. Please try again in a moment.");
}

public sealed record ListingViewModel(string Kind, string Slug, string Heading, string? Description, Page<ArticleCard> Page, PagerViewModel Pager)
{
    public bool IsSection => Kind == "Section";

    /// <summary>The list's own heading, between the page's h1 and the cards' h3: "Latest in Adaptations".</summary>
    public string ListHeading => Kind switch
    {
        "Section" => $"Latest in {Heading}",
        "Author" => $"Latest by {Heading}",
        _ => $"Latest on {Heading}",
    };

    /// <summary>Categories have feeds of their own.</summary>
    public string? FeedPath => IsSection ? ReaderUrls.CategoryRss(Slug) : null;
    public string? AtomPath => IsSection ? ReaderUrls.CategoryAtom(Slug) : null;
}

/// <summary>The search page: the form alone when <see cref="Results"/> is null, else one page of results.</summary>
public sealed record SearchViewModel(string Query, SearchResults? Results)
{
    public const int MaxQueryLength = 200;
    public PagerViewModel? Pager => Results is null ? null
        : PagerViewModel.For(ReaderUrls.SearchFor(Query), Results.Hits);

    /// <summary>"No articles match", "1 article matches", "12 articles match", or past the count's cap "1,000+ articles match".</summary>
    public string Summary => Results switch
    {
        null or { MatchCount: 0 } => "No articles match",
        { MatchCount: 1, MoreMatch: false } => "1 article matches",
        { MatchCount: var n, MoreMatch: var more } => $"{n.ToString("N0", CultureInfo.InvariantCulture)}{(more ? "+" : "")} articles match",
    };
}

public sealed record PersonViewModel(PersonPage Person, PagerViewModel Pager);
