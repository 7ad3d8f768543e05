using Fandom.Data;
using Fandom.Web.Content;
using Fandom.Web.Content.Markdown;
using Fandom.Web.Services.Site;
using Microsoft.EntityFrameworkCore;

namespace Fandom.Web.Services.Articles;

/// <summary>Loads what a Markdown body refers to (library quotes, media items, people) in a few queries, before rendering.</summary>
public sealed class RenderContextLoader(FandomDbContext db, SiteSettingsService settings, ContentRenderer renderer)
{
    public async Task<RenderContext> LoadAsync(string markdown, CancellationToken ct = default)
    {
        var quoteIds = Shortcode.Ids(markdown, Shortcode.Quote);
        var mediaIds = Shortcode.Ids(markdown, Shortcode.Image);

        var quotes = quoteIds.Count == 0 ? [] : await db.Quotes
            .Where(q => quoteIds.Contains(q.Id))
            .Select(q => new QuoteEmbed(q.Id, q.Text, q.Speaker!.Name, q.Speaker.Slug, q.SourceName, q.SourceUrl, q.SaidOn))
            .ToDictionaryAsync(q => q.Id, ct);

        var media = mediaIds.Count == 0 ? [] : (await db.MediaItems
            .Where(m => mediaIds.Contains(m.Id))
            .ToListAsync(ct))
            .ToDictionary(m => m.Id, m => new MediaEmbed(
                m.Id, m.StorageKey, m.ContentType, m.Width, m.Height,
                m.DerivedWidths.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(int.Parse).ToList(),
                m.AltText, m.Caption, m.Credit, m.CreditUrl, m.Licence));

        // Only the speakers this body attributes quotes to, not the whole people table: this runs on every save and preview.
        var speakers = renderer.InlineQuotes(markdown).Select(q => q.Speaker.ToLowerInvariant()).Distinct().ToList();
        var people = speakers.Count == 0 ? [] : await db.People
            .Where(p => speakers.Contains(p.Name.ToLower()))
            .Select(p => new { p.Name, p.Slug })
            .ToListAsync(ct);
        var slugs = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var person in people) slugs.TryAdd(person.Name, person.Slug);
        // People created by this unit of work (a speaker first quoted in the article being saved) link too.
        foreach (var person in db.People.Local) slugs.TryAdd(person.Name, person.Slug);

        return new RenderContext(quotes, media, slugs, settings.Current.SocialNetwork);
    }
}
