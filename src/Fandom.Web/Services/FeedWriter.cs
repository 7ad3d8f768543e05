using System.ServiceModel.Syndication;

namespace Fandom.Web.Services;

/// <summary>Turns feed entries into a <see cref="SyndicationFeed"/> with absolute links.</summary>
public static class FeedWriter
{
    public static SyndicationFeed Build(FeedContent content, CurrentSettings site, string baseUrl, bool atom)
    {
        var path = content.CategorySlug is null ? "" : $"/category/{content.CategorySlug}";
        var title = content.CategoryName is null ? site.Name : $"{content.CategoryName} — {site.Name}";
        var selfUrl = $"{baseUrl}{path}/{(atom ? "atom" : "feed")}";
        var feed = new SyndicationFeed(title, site.Tagline, new Uri(baseUrl + (path.Length == 0 ? "/" : path)))
        {
            Id = selfUrl,
            Language = "en",
            Generator = "Fandom",
            LastUpdatedTime = content.Entries.Count == 0
                ? DateTimeOffset.UnixEpoch
                : new DateTimeOffset(content.Entries.Max(e => Later(e)), TimeSpan.Zero),
        };
        feed.Links.Add(SyndicationLink.CreateSelfLink(new Uri(selfUrl), atom ? "application/atom+xml" : "application/rss+xml"));
        feed.Items = content.Entries.Select(entry => Item(entry, baseUrl, site.FeedFullContent)).ToList();
        return feed;
    }

    private static SyndicationItem Item(FeedEntry entry, string baseUrl, bool fullContent)
    {
        var url = $"{baseUrl}/articles/{entry.Slug}";
        var item = new SyndicationItem
        {
            Id = url,
            Title = new TextSyndicationContent(entry.Title),
            Summary = new TextSyndicationContent(entry.Dek is { Length: > 0 } dek ? dek : entry.Excerpt),
            PublishDate = new DateTimeOffset(DateTime.SpecifyKind(entry.PublishedAtUtc, DateTimeKind.Utc)),
            LastUpdatedTime = new DateTimeOffset(Later(entry)),
        };
        item.Links.Add(SyndicationLink.CreateAlternateLink(new Uri(url), "text/html"));
        if (fullContent) item.Content = new TextSyndicationContent(entry.BodyHtml, TextSyndicationContentKind.Html);
        foreach (var author in entry.Authors)
            item.Authors.Add(new SyndicationPerson { Name = author.Name, Uri = $"{baseUrl}/author/{author.Slug}" });
        foreach (var category in entry.Categories)
            item.Categories.Add(new SyndicationCategory(category.Name));
        return item;
    }

    /// <summary>An edit before the publish time (a scheduled article) does not predate its publication.</summary>
    private static DateTime Later(FeedEntry entry) =>
        DateTime.SpecifyKind(entry.UpdatedAtUtc > entry.PublishedAtUtc ? entry.UpdatedAtUtc : entry.PublishedAtUtc, DateTimeKind.Utc);
}
