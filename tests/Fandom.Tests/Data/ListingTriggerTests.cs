using Fandom.Data.Entities;
using Fandom.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Fandom.Tests.Data;

/// <summary>
/// An article's list rows (category, tag, author) carry its visibility, kept by the database itself: whatever
/// writes the article — the editorial services or a plain SQL update — its rows follow.
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
