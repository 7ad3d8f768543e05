using Fandom.Data;
using Fandom.Data.Entities;
using Fandom.Web.Content.Markdown;
using Fandom.Web.Services.Articles;
using Fandom.Web.Services.Site;
using Microsoft.EntityFrameworkCore;

namespace Fandom.Web.Services.Quotes;

/// <summary>A library quote's editable fields; the speaker is a name, matched to a Person (or a new one) on save.</summary>
public sealed record QuoteFields(string Text, string Speaker, string? SourceName, string? SourceUrl, DateOnly? SaidOn, string? Context);

/// <summary>Why a quote could not be saved.</summary>
public enum QuoteError { NotFound }

public sealed record QuoteListItem(int Id, string Text, string Speaker, string SpeakerSlug, string? SourceName, DateOnly? SaidOn, int ArticleCount);

/// <summary>The staff-side quote library: browse, search, create and edit quotes.</summary>
public sealed class QuoteService(FandomDbContext db, ArticleRenderer renderer, TimeProvider time)
{
    public const int PageSize = 25;

    /// <summary>Quotes whose words, speaker or source contain <paramref name="search"/>, newest first.</summary>
    public Task<Page<QuoteListItem>> SearchAsync(string? search, int page, CancellationToken ct = default) =>
        Matching(search)
            .OrderByDescending(q => q.UpdatedAtUtc).ThenByDescending(q => q.Id)
            .Select(q => new QuoteListItem(q.Id, q.Text, q.Speaker!.Name, q.Speaker.Slug, q.SourceName, q.SaidOn, q.Articles.Count))
            .ToPageAsync(page, PageSize, ct);

    public Task<QuoteFields?> EditableAsync(int id, CancellationToken ct = default) =>
        db.Quotes.Where(q => q.Id == id)
            .Select(q => new QuoteFields(q.Text, q.Speaker!.Name, q.SourceName, q.SourceUrl, q.SaidOn, q.Context))
            .FirstOrDefaultAsync(ct);

    public async Task<int> CreateAsync(QuoteFields fields, Actor actor, CancellationToken ct = default)
    {
        var now = time.UtcNow();
        var quote = new Quote { Text = "", CreatedAtUtc = now };
        await ApplyAsync(quote, fields, now, ct);
        db.Quotes.Add(quote);
        await db.SaveCreatedAsync(() => quote.Id, now, actor, "quote.create", nameof(Quote), ct: ct);
        return quote.Id;
    }

    /// <summary>Saves a quote and re-renders every article that embeds or contains it, so readers see the new words.</summary>
    public async Task<Outcome<QuoteError>> UpdateAsync(int id, QuoteFields fields, Actor actor, CancellationToken ct = default)
    {
        var quote = await db.Quotes.FirstOrDefaultAsync(q => q.Id == id, ct);
        if (quote is null) return QuoteError.NotFound;
        var now = time.UtcNow();
        await ApplyAsync(quote, fields, now, ct);
        db.Audit(now, actor, "quote.update", nameof(Quote), quote.Id);
        await renderer.SaveAndRerenderAsync(a => a.Quotes.Any(q => q.Id == id), ct);
        return Outcome<QuoteError>.Done;
    }

    /// <summary>The ids a body embeds with <c>{{quote N}}</c> that are not in the library: readers see nothing there.</summary>
    public async Task<List<int>> MissingAsync(string? body, CancellationToken ct = default)
    {
        var ids = Shortcode.Ids(body, Shortcode.Quote);
        if (ids.Count == 0) return [];
        var found = await db.Quotes.Where(q => ids.Contains(q.Id)).Select(q => q.Id).ToListAsync(ct);
        return ids.Except(found).ToList();
    }

    private IQueryable<Quote> Matching(string? search) =>
        db.Quotes.Matching(search, term => q => q.Text.ToLower().Contains(term) || q.Speaker!.Name.ToLower().Contains(term)
            || (q.SourceName != null && q.SourceName.ToLower().Contains(term)));

    private async Task ApplyAsync(Quote quote, QuoteFields fields, DateTime now, CancellationToken ct)
    {
        var (speaker, _) = await db.PersonNamedAsync(fields.Speaker, ct);
        quote.Text = fields.Text.Trim();
        quote.Speaker = speaker;
        quote.SourceName = fields.SourceName.TrimToNull();
        quote.SourceUrl = fields.SourceUrl.TrimToNull();
        quote.SaidOn = fields.SaidOn;
        quote.Context = fields.Context.TrimToNull();
        quote.Fingerprint = QuoteFingerprint.Of(speaker.Name, quote.Text);
        quote.UpdatedAtUtc = now;
    }
}
