using Fandom.Web.Content;
using Microsoft.EntityFrameworkCore;

namespace Fandom.Tests.Support;

/// <summary>Many published articles at once, for tests that need a search index bigger than a page or a cap.</summary>
public static class BulkArticles
{
    /// <summary>
    /// <paramref name="count"/> visible articles titled "Bulk N" with <paramref name="body"/> as their text, published an hour
    /// before now, written in one INSERT … SELECT. The search indexes see them as any save: SQLite's triggers and PostgreSQL's
    /// generated columns keep themselves current. Statistics are refreshed, as a running database's would be.
    /// </summary>
    public static Task BulkArticlesAsync(this FandomApp app, int count, string body) => app.WithDbAsync(async db =>
    {
        var key = Guid.NewGuid().ToString("N")[..8];
        var publishAt = app.Now().AddHours(-1);
        await db.Database.ExecuteSqlAsync($"""
            WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < {count})
            INSERT INTO "Articles" ("Title", "Slug", "Dek", "Body", "BodyHtml", "RenderVersion", "Excerpt", "WordCount",
                "SearchText", "Status", "PublishAtUtc", "CreatedAtUtc", "UpdatedAtUtc", "ConcurrencyStamp")
            SELECT 'Bulk ' || i, 'bulk-' || {key} || '-' || i, NULL, {body}, {body}, {ContentRenderer.Version}, {body}, 10,
                'Bulk ' || i || {"\n\n"} || {body}, 2, {publishAt}, {publishAt}, {publishAt}, {key}
            FROM n
            """);
        // PostgreSQL: VACUUM also moves the new rows from the GIN index's pending list into the index proper,
        // as autovacuum does on a running server.
        await db.Database.ExecuteSqlRawAsync(db.Database.ProviderName == "Npgsql.EntityFrameworkCore.PostgreSQL" ? "VACUUM ANALYZE \"Articles\"" : "ANALYZE");
        return true;
    });
}
