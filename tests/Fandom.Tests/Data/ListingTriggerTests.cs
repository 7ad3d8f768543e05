using Fandom.Data.Entities;
using Fandom.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Fandom.Tests.Data;

/// <summary>
/// An article's list rows (category, tag, author, quoted person) carry its visibility, kept by the database itself:
/// whatever writes the article — the editorial services or a plain SQL update — its rows follow.
/// </summary>
public abstract class ListingTriggerTests(FandomApp app)
{
    [Fact]
    public async Task List_rows_copy_the_article_when_added_and_follow_every_change_of_its_status_and_times()
    {
        var category = await app.CategoryAsync($"Listed {Guid.NewGuid():N}");
        var article = await app.ArticleAsync("Listed story", categories: [category], tags: ["Listed topic"]);
        await AssertRowsFollowAsync(article.Id);

        // Not through EF's change tracker: a bulk update the app's code never sees.
        var later = app.Now().AddDays(3);
        await app.WithDbAsync(db => db.Articles.Where(a => a.Id == article.Id).ExecuteUpdateAsync(s => s
            .SetProperty(a => a.Status, ArticleStatus.Archived)
            .SetProperty(a => a.PublishAtUtc, later)
            .SetProperty(a => a.UnpublishAtUtc, later.AddDays(1))));
        await AssertRowsFollowAsync(article.Id);
        Assert.Equal(ArticleStatus.Archived, await app.WithDbAsync(db => db.ArticleTags.Where(l => l.ArticleId == article.Id).Select(l => l.Status).SingleAsync()));
    }

    [Fact]
    public async Task A_person_lists_each_article_quoting_them_once_and_follows_its_quotes_and_their_speaker()
    {
        var article = await app.ArticleAsync("Quoting story");
        var (speaker, other, first, second) = await app.WithDbAsync(async db =>
        {
            var speaker = new Person { Name = "Listed Speaker", Slug = $"listed-speaker-{Guid.NewGuid():N}" };
            var other = new Person { Name = "Other Speaker", Slug = $"other-speaker-{Guid.NewGuid():N}" };
            var now = app.Now();
            Quote Said(string text) => new() { Text = text, Speaker = speaker, Fingerprint = text, CreatedAtUtc = now, UpdatedAtUtc = now };
            var (first, second) = (Said("First line."), Said("Second line."));
            db.AddRange(first, second, other);
            await db.SaveChangesAsync();
            return (speaker.Id, other.Id, first.Id, second.Id);
        });
        Task LinkAsync(int quote) => app.WithDbAsync(db => { db.ArticleQuotes.Add(new ArticleQuote { ArticleId = article.Id, QuoteId = quote }); return db.SaveChangesAsync(); });
        Task UnlinkAsync(int quote) => app.WithDbAsync(db => db.ArticleQuotes.Where(l => l.ArticleId == article.Id && l.QuoteId == quote).ExecuteDeleteAsync());
        Task<List<int>> SpeakersAsync() => app.WithDbAsync(db => db.ArticleSpeakers.Where(l => l.ArticleId == article.Id).OrderBy(l => l.PersonId).Select(l => l.PersonId).ToListAsync());

        await LinkAsync(first);
        await LinkAsync(second);
        Assert.Equal([speaker], await SpeakersAsync());
        var expected = await app.WithDbAsync(db => db.Articles.Where(a => a.Id == article.Id).Select(a => new { a.Status, a.PublishAtUtc, a.UnpublishAtUtc }).SingleAsync());
        Assert.Equal(expected, await app.WithDbAsync(db => db.ArticleSpeakers.Where(l => l.ArticleId == article.Id).Select(l => new { l.Status, l.PublishAtUtc, l.UnpublishAtUtc }).SingleAsync()));

        // One of two quotes taken out: still quoted. The other given to someone else: both are quoted.
        await UnlinkAsync(first);
        Assert.Equal([speaker], await SpeakersAsync());
        await LinkAsync(first);
        await app.WithDbAsync(db => db.Quotes.Where(q => q.Id == second).ExecuteUpdateAsync(s => s.SetProperty(q => q.SpeakerId, other)));
        Assert.Equal(new[] { speaker, other }.Order(), await SpeakersAsync());

        // Their last quote taken out of the article, or deleted from the library: no longer quoted.
        await UnlinkAsync(first);
        Assert.Equal([other], await SpeakersAsync());
        await app.WithDbAsync(db => db.Quotes.Where(q => q.Id == second).ExecuteDeleteAsync());
        Assert.Empty(await SpeakersAsync());
    }

    private async Task AssertRowsFollowAsync(int id)
    {
        var expected = await app.WithDbAsync(db => db.Articles.Where(a => a.Id == id)
            .Select(a => new { a.Status, a.PublishAtUtc, a.UnpublishAtUtc }).SingleAsync());
        var rows = await app.WithDbAsync(async db =>
            (await db.ArticleCategories.Where(l => l.ArticleId == id).Select(l => new { l.Status, l.PublishAtUtc, l.UnpublishAtUtc }).ToListAsync())
            .Concat(await db.ArticleTags.Where(l => l.ArticleId == id).Select(l => new { l.Status, l.PublishAtUtc, l.UnpublishAtUtc }).ToListAsync())
            .Concat(await db.ArticleAuthors.Where(l => l.ArticleId == id).Select(l => new { l.Status, l.PublishAtUtc, l.UnpublishAtUtc }).ToListAsync())
            .ToList());
        Assert.Equal(3, rows.Count);
        Assert.All(rows, row => Assert.Equal(expected, row));
    }
}

public sealed class ListingTriggerTestsOnSqlite(SqliteApp app) : ListingTriggerTests(app), IClassFixture<SqliteApp>;

public sealed class ListingTriggerTestsOnPostgres(PostgresApp app) : ListingTriggerTests(app), IClassFixture<PostgresApp>;
