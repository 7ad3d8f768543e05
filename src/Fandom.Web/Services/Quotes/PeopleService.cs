using Fandom.Data;
using Fandom.Data.Entities;
using Fandom.Web.Content;
using Fandom.Web.Services.Articles;
using Fandom.Web.Services.Site;
using Microsoft.EntityFrameworkCore;

namespace Fandom.Web.Services.Quotes;

public sealed record PersonFields(string Name, string? Bio, string? Url);

/// <summary>Why a person could not be saved.</summary>
public enum PersonError { NotFound, NameTaken }

public sealed record PersonListItem(int Id, string Name, string Slug, int QuoteCount);

public sealed record PersonQuote(string Text, string? SourceName, string? SourceUrl, DateOnly? SaidOn);

/// <summary>A quoted person's reader page: who they are, their quotes in published articles, and those articles.</summary>
public sealed record PersonPage(string Name, string Slug, string? Bio, string? Url, IReadOnlyList<PersonQuote> Quotes, Page<ArticleCard> Articles);

/// <summary>People who are quoted: the staff-side list and forms, and the reader's person page.</summary>
public sealed class PeopleService(FandomDbContext db, TimeProvider time, SiteSettingsService settings)
{
    public const int PageSize = 50;

    public Task<Page<PersonListItem>> SearchAsync(string? search, int page, CancellationToken ct = default) =>
        db.People.Matching(search, term => p => p.Name.ToLower().Contains(term))
            .OrderBy(p => p.Name)
            .Select(p => new PersonListItem(p.Id, p.Name, p.Slug, p.Quotes.Count))
            .ToPageAsync(page, PageSize, ct);

    /// <summary>Names for the speaker field's suggestions.</summary>
    public Task<List<string>> NamesAsync(CancellationToken ct = default) =>
        db.People.OrderBy(p => p.Name).Select(p => p.Name).Take(500).ToListAsync(ct);

    public Task<PersonFields?> EditableAsync(int id, CancellationToken ct = default) =>
        db.People.Where(p => p.Id == id).Select(p => new PersonFields(p.Name, p.Bio, p.Url)).FirstOrDefaultAsync(ct);

    /// <summary>Creates a person, unless someone of that name already exists.</summary>
    public async Task<Outcome<PersonError>> CreateAsync(PersonFields fields, Actor actor, CancellationToken ct = default)
    {
        var name = fields.Name.Trim();
        var lower = name.ToLowerInvariant();
        if (await db.People.AnyAsync(p => p.Name == name || p.Name.ToLower() == lower, ct)) return PersonError.NameTaken;
        var person = new Person { Name = name, Slug = await db.UniquePersonSlugAsync(Slugs.From(name), null, ct), Bio = fields.Bio.TrimToNull(), Url = fields.Url.TrimToNull() };
        db.People.Add(person);
        await db.SaveCreatedAsync(() => person.Id, time.UtcNow(), actor, "person.create", nameof(Person), ct: ct);
        return Outcome<PersonError>.Done;
    }

    /// <summary>Saves a person's name, bio and link. The slug stays, so links to their page keep working.</summary>
    public async Task<Outcome<PersonError>> UpdateAsync(int id, PersonFields fields, Actor actor, CancellationToken ct = default)
    {
        var person = await db.People.FirstOrDefaultAsync(p => p.Id == id, ct);
        if (person is null) return PersonError.NotFound;
        person.Name = fields.Name.Trim();
        person.Bio = fields.Bio.TrimToNull();
        person.Url = fields.Url.TrimToNull();
        db.Audit(time.UtcNow(), actor, "person.update", nameof(Person), person.Id);
        await db.SaveChangesAsync(ct);
        return Outcome<PersonError>.Done;
    }

    /// <summary>
    /// The reader's page of a person. Only quotes that appear in an article readers can see are listed, so a
    /// quote collected from a draft never shows early; a person with none has no page yet.
    /// </summary>
    public async Task<PersonPage?> PageAsync(string slug, int page, CancellationToken ct = default)
    {
        var now = time.UtcNow();
        var person = await db.People.Where(p => p.Slug == slug)
            .Select(p => new { p.Id, p.Name, p.Slug, p.Bio, p.Url })
            .FirstOrDefaultAsync(ct);
        if (person is null) return null;

        // Dated quotes newest first, then undated ones newest collected first: each one range of the speaker's
        // index, read only until the page is full (one order over both would put nulls first on PostgreSQL and last
        // on SQLite, and sort every quote of a much-quoted person).
        var visibleQuotes = db.ArticleQuotes.VisibleAt(now);
        var theirs = db.Quotes.Where(q => q.SpeakerId == person.Id && visibleQuotes.Any(l => l.QuoteId == q.Id));
        var quotes = await theirs.Where(q => q.SaidOn != null)
            .OrderByDescending(q => q.SaidOn).ThenByDescending(q => q.Id)
            .Select(AsPersonQuote).Take(QuotesShown).ToListAsync(ct);
        if (quotes.Count < QuotesShown)
            quotes.AddRange(await theirs.Where(q => q.SaidOn == null)
                .OrderByDescending(q => q.Id)
                .Select(AsPersonQuote).Take(QuotesShown - quotes.Count).ToListAsync(ct));
        if (quotes.Count == 0) return null;

        // The articles quoting them: their own list, one row per article however often it quotes them.
        var rows = ArticleCards.NewestFirst(db.ArticleSpeakers.Where(l => l.PersonId == person.Id), now);
        var articles = await new ArticleCards(db).PageAsync(rows, page, settings.Current.ArticlesPerPage, ct);
        return new PersonPage(person.Name, person.Slug, person.Bio, person.Url, quotes, articles);
    }

    private const int QuotesShown = 100;

    private static readonly System.Linq.Expressions.Expression<Func<Quote, PersonQuote>> AsPersonQuote =
        q => new PersonQuote(q.Text, q.SourceName, q.SourceUrl, q.SaidOn);
}
