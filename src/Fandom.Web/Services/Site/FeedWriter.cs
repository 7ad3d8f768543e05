using System.ServiceModel.Syndication;
using System.Text.RegularExpressions;

namespace Fandom.Web.Services.Site;

/// <summary>Turns feed entries into a <see cref="SyndicationFeed"/> with absolute links.</summary>
public static partial class FeedWriter
{
    /// <summary>RSS's content module: full HTML in content:encoded, with the excerpt in description (as WordPress does).</summary>
    public const string ContentNamespace = "http://purl.org/rss/1.0/modules/content/";

    public static SyndicationFeed Build(FeedContent content, CurrentSettings site, string baseUrl, bool atom)
    {
        var slug = content.CategorySlug;
        var title = content.CategoryName is null ? site.Name : $"{content.CategoryName} — {site.Name}";
        var selfUrl = baseUrl + (slug is null ? (atom ? ReaderUrls.Atom : ReaderUrls.Rss) : (atom ? ReaderUrls.CategoryAtom(slug) : ReaderUrls.CategoryRss(slug)));
        var feed = new SyndicationFeed(title, site.Tagline, new Uri(baseUrl + (slug is null ? ReaderUrls.Home : ReaderUrls.Category(slug))))
        {
            Id = selfUrl,
            Language = "en",
            Generator = "Fandom",
            LastUpdatedTime = content.Entries.Count == 0
                ? DateTimeOffset.UnixEpoch
                : new DateTimeOffset(content.Entries.Max(e => Later(e)), TimeSpan.Zero),
        };
        feed.Links.Add(SyndicationLink.CreateSelfLink(new Uri(selfUrl), atom ? "application/atom+xml" : "application/rss+xml"));
        if (!atom) feed.AttributeExtensions.Add(new System.Xml.XmlQualifiedName("content", "http://www.w3.org/2000/xmlns/"), ContentNamespace);
        feed.Items = content.Entries.Select(entry => Item(entry, baseUrl, site.FeedFullContent, atom)).ToList();
        return feed;
    }

    private static SyndicationItem Item(FeedEntry entry, string baseUrl, bool fullContent, bool atom)
    {
        var url = baseUrl + ReaderUrls.Article(entry.Slug);
        var item = new SyndicationItem
        {
            Id = url,
            Title = new TextSyndicationContent(entry.Title),
            Summary = new TextSyndicationContent(entry.Dek is { Length: > 0 } dek ? dek : entry.Excerpt),
            PublishDate = new DateTimeOffset(entry.PublishedAtUtc, TimeSpan.Zero),
            LastUpdatedTime = new DateTimeOffset(Later(entry), TimeSpan.Zero),
        };
        item.Links.Add(SyndicationLink.CreateAlternateLink(new Uri(url), "text/html"));
        var html = fullContent ? AbsoluteUrls(entry.BodyHtml, baseUrl) : null;
        if (html is not null && atom) item.Content = new TextSyndicationContent(html, TextSyndicationContentKind.Html);
        if (html is not null && !atom) item.ElementExtensions.Add("encoded", ContentNamespace, html);
        foreach (var author in entry.Authors)
            item.Authors.Add(new SyndicationPerson { Name = author.Name, Uri = baseUrl + ReaderUrls.Author(author.Slug) });
        foreach (var category in entry.Categories)
            item.Categories.Add(new SyndicationCategory(category.Name));
        return item;
    }

    /// <summary>An edit before the publish time (a scheduled article) does not predate its publication.</summary>
    private static DateTime Later(FeedEntry entry) =>
        entry.UpdatedAtUtc > entry.PublishedAtUtc ? entry.UpdatedAtUtc : entry.PublishedAtUtc;

    /// <summary>Feed readers show an article away from the site, so site-relative links and images become absolute.</summary>
    public static string AbsoluteUrls(string html, string baseUrl)
    {
        html = RelativeUrl().Replace(html, m => $"{m.Groups[1].Value}=\"{baseUrl}/");
        return SrcSet().Replace(html, m => "srcset=\"" + RelativeInList().Replace(m.Groups[1].Value, c => $"{c.Groups[1].Value}{baseUrl}/") + "\"");
    }

    [GeneratedRegex("(?<=\\s)(href|src)=\"/(?!/)")]
    private static partial Regex RelativeUrl();

    [GeneratedRegex("(?<=\\s)srcset=\"([^\"]*)\"")]
    private static partial Regex SrcSet();

    [GeneratedRegex("(^|,\\s*)/(?!/)")]
    private static partial Regex RelativeInList();
}
