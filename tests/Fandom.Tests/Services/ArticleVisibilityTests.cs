using Fandom.Data.Entities;
using Fandom.Tests.Support;
using Fandom.Web.Services.Articles;
using Microsoft.EntityFrameworkCore;

namespace Fandom.Tests.Services;

/// <summary>
/// "Visible" and "scheduled" are each one rule: what the database answers for an article and for its list rows is
/// what the app decides for the same article in memory, for every status and every publish and unpublish time
/// around "now" (the boundaries included).
/// </summary>
public abstract class ArticleVisibilityTests(FandomApp app)
{
    [Fact]
    public async Task The_query_rules_and_the_in_memory_rules_agree_on_every_status_and_time()
    {
        var category = await app.CategoryAsync($"Visibility {Guid.NewGuid():N}");
        var article = await app.ArticleAsync(categories: [category]);
        var clock = app.Now();
        var now = new DateTime(clock.Ticks - clock.Ticks % TimeSpan.TicksPerSecond, DateTimeKind.Utc);
        DateTime?[] times = [null, now.AddHours(-1), now, now.AddHours(1)];
        var disagreements = new List<string>();
        foreach (var status in Enum.GetValues<ArticleStatus>())
        foreach (var publishAtUtc in times)
        foreach (var unpublishAtUtc in times)
        {
            var (visible, listed, scheduled) = await app.WithDbAsync(async db =>
            {
                await db.Articles.Where(a => a.Id == article.Id).ExecuteUpdateAsync(s => s
                    .SetProperty(a => a.Status, status)
                    .SetProperty(a => a.PublishAtUtc, publishAtUtc)
                    .SetProperty(a => a.UnpublishAtUtc, unpublishAtUtc));
                var articles = db.Articles.Where(a => a.Id == article.Id);
                return (await articles.VisibleAt(now).AnyAsync(),
                    await db.ArticleCategories.Where(l => l.ArticleId == article.Id).VisibleAt(now).AnyAsync(),
                    await articles.ScheduledAt(now).AnyAsync());
            });
            var expectVisible = ArticleVisibility.IsVisibleAt(status, publishAtUtc, unpublishAtUtc, now);
            var expectScheduled = ArticleVisibility.IsScheduledAt(status, publishAtUtc, now);
            if (visible != expectVisible || listed != expectVisible || scheduled != expectScheduled)
                disagreements.Add($"{status}, publish {publishAtUtc - now}, unpublish {unpublishAtUtc - now}: " +
                    $"visible {visible}/{listed} in the database, {expectVisible} in memory; scheduled {scheduled} in the database, {expectScheduled} in memory");
        }
        Assert.True(disagreements.Count == 0, string.Join("\n", disagreements));
    }

    [Theory]
    [InlineData(ArticleStatus.Published, -1, null, true, false)]
    [InlineData(ArticleStatus.Published, 0, null, true, false)]
    [InlineData(ArticleStatus.Published, 1, null, false, true)]
    [InlineData(ArticleStatus.Published, -2, 0, false, false)]
    [InlineData(ArticleStatus.Published, -2, 1, true, false)]
    [InlineData(ArticleStatus.Draft, -1, null, false, false)]
    [InlineData(ArticleStatus.InReview, 1, null, false, false)]
    [InlineData(ArticleStatus.Archived, -1, null, false, false)]
    public void Visible_means_published_and_reached_and_not_taken_down_and_scheduled_means_published_and_to_come(
        ArticleStatus status, int publishInHours, int? unpublishInHours, bool visible, bool scheduled)
    {
        var now = new DateTime(2026, 11, 1, 12, 0, 0, DateTimeKind.Utc);
        DateTime? unpublishAtUtc = unpublishInHours is { } hours ? now.AddHours(hours) : null;
        Assert.Equal(visible, ArticleVisibility.IsVisibleAt(status, now.AddHours(publishInHours), unpublishAtUtc, now));
        Assert.Equal(scheduled, ArticleVisibility.IsScheduledAt(status, now.AddHours(publishInHours), now));
    }
}

public sealed class ArticleVisibilityTestsOnSqlite(SqliteApp app) : ArticleVisibilityTests(app), IClassFixture<SqliteApp>;

public sealed class ArticleVisibilityTestsOnPostgres(PostgresApp app) : ArticleVisibilityTests(app), IClassFixture<PostgresApp>;
