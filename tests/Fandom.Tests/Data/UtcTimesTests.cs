using Fandom.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Fandom.Tests.Data;

/// <summary>
/// Times are stored in UTC and read back saying so (<see cref="DateTimeKind.Utc"/>), whether loaded as entities,
/// projected or aggregated, on both providers; comparisons still reach the database as plain column comparisons.
/// </summary>
public abstract class UtcTimesTests(FandomApp app)
{
    [Fact]
    public async Task Times_read_back_from_the_database_are_utc()
    {
        var article = await app.ArticleAsync();
        var kinds = await app.WithDbAsync(async db =>
        {
            var loaded = await db.Articles.AsNoTracking().SingleAsync(a => a.Id == article.Id);
            var projected = await db.Articles.Where(a => a.Id == article.Id).Select(a => new { a.PublishAtUtc, a.UpdatedAtUtc }).SingleAsync();
            var latest = await db.Articles.MaxAsync(a => a.UpdatedAtUtc);
            var revision = await db.ArticleRevisions.Where(r => r.ArticleId == article.Id).Select(r => r.CreatedAtUtc).FirstAsync();
            return new[] { loaded.PublishAtUtc!.Value.Kind, loaded.UpdatedAtUtc.Kind, loaded.CreatedAtUtc.Kind,
                projected.PublishAtUtc!.Value.Kind, projected.UpdatedAtUtc.Kind, latest.Kind, revision.Kind };
        });
        Assert.All(kinds, kind => Assert.Equal(DateTimeKind.Utc, kind));
    }

    [Fact]
    public async Task A_time_comparison_is_a_plain_column_comparison()
    {
        var now = app.Now();
        var sql = await app.WithDbAsync(db => Task.FromResult(db.Articles.Where(a => a.PublishAtUtc <= now).Select(a => a.Id).ToQueryString()));
        Assert.Matches(@"\.""PublishAtUtc"" <= @now\b", sql);
    }
}

public sealed class UtcTimesTestsOnSqlite(SqliteApp app) : UtcTimesTests(app), IClassFixture<SqliteApp>;

public sealed class UtcTimesTestsOnPostgres(PostgresApp app) : UtcTimesTests(app), IClassFixture<PostgresApp>;
