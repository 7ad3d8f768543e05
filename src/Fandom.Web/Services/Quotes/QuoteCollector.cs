using Fandom.Data;
using Fandom.Data.Entities;
using Fandom.Web.Content.Markdown;
using Fandom.Web.Services.Articles;
using Microsoft.EntityFrameworkCore;

namespace Fandom.Web.Services.Quotes;

/// <summary>
/// Keeps an article's place in the quote library in step with its body, on every save: attributed quotes
/// written inline are recorded (speaker matched to a Person by name, or a new Person), library quotes
/// embedded with <c>{{quote N}}</c> are linked, and quotes the body no longer holds are unlinked.
/// </summary>
public sealed class QuoteCollector(FandomDbContext db, ArticleRenderer renderer, TimeProvider time)
{
    /// <summary>
    /// Call after rendering, before saving. An inline quote seen before (same speaker, same words: its
    /// <see cref="Quote.Fingerprint"/>) is reused, so re-saves add nothing. A quote collected from this article
    /// and used nowhere else is deleted once the body drops it, so person pages never list words no article holds.
    /// </summary>
    public async Task CollectAsync(Article article, CancellationToken ct = default)
    {
        var now = time.UtcNow();
        var isNew = db.Entry(article).State is EntityState.Added or EntityState.Detached;
        if (!isNew) await db.Entry(article).Collection(a => a.Quotes).LoadAsync(ct);

        var wanted = new List<Quote>();
        var embedded = Shortcode.Ids(article.Body, Shortcode.Quote);
        if (embedded.Count > 0) wanted.AddRange(await db.Quotes.Where(q => embedded.Contains(q.Id)).ToListAsync(ct));

        var newSpeaker = false;
        foreach (var inline in renderer.InlineQuotes(article))
        {
            var fingerprint = QuoteFingerprint.Of(inline.Speaker, inline.Text);
            var quote = wanted.FirstOrDefault(q => q.Fingerprint == fingerprint)
                ?? db.Quotes.Local.FirstOrDefault(q => q.Fingerprint == fingerprint)
                ?? await db.Quotes.FirstOrDefaultAsync(q => q.Fingerprint == fingerprint, ct);
            if (quote is null)
            {
                var (speaker, created) = await db.PersonNamedAsync(inline.Speaker, ct);
                newSpeaker |= created;
                quote = new Quote
                {
                    Text = Cut(Unquoted(inline.Text), 4000)!, Speaker = speaker, SourceName = Cut(inline.SourceName, 200),
                    SourceUrl = inline.SourceUrl?.Length <= 500 ? inline.SourceUrl : null, Fingerprint = fingerprint,
                    OriginArticle = article, CreatedAtUtc = now, UpdatedAtUtc = now,
                };
                db.Quotes.Add(quote);
            }
            if (!wanted.Contains(quote)) wanted.Add(quote);
        }

        foreach (var gone in article.Quotes.Except(wanted).ToList())
        {
            article.Quotes.Remove(gone);
            if (gone.OriginArticleId == article.Id && !await db.Quotes.AnyAsync(q => q.Id == gone.Id && q.Articles.Any(a => a.Id != article.Id), ct))
                db.Quotes.Remove(gone);
        }
        foreach (var quote in wanted.Except(article.Quotes).ToList()) article.Quotes.Add(quote);

        // The body was rendered before its new speakers existed; render again so their names link.
        if (newSpeaker) await renderer.RenderAsync(article, ct);
    }

    /// <summary>The library stores the words; the quotation marks a writer typed around them are presentation.</summary>
    private static string Unquoted(string text) =>
        text.Length > 2 && ((text[0] == '“' && text[^1] == '”') || (text[0] == '"' && text[^1] == '"')) && text.IndexOfAny(['“', '”', '"'], 1, text.Length - 2) < 0
            ? text[1..^1].Trim()
            : text;

    private static string? Cut(string? text, int length) => text is null || text.Length <= length ? text : text[..length];
}
