using Fandom.Data.Entities;
using Fandom.Web.Content;
using Fandom.Web.Options;
using Microsoft.EntityFrameworkCore;

namespace Fandom.Tests.Support;

/// <summary>What <see cref="LargeArchive.FillAsync"/> made, for tests to visit.</summary>
public sealed record LargeArchiveContent(string ArticleSlug, string CategorySlug, string CommonTagSlug, string RareTagSlug, string AuthorSlug, string PersonSlug)
{
    /// <summary>In exactly one visible article.</summary>
    public const string RareWord = "zanzibarite";

    /// <summary>In a quarter of the articles.</summary>
    public const string CommonWord = "episode";

    /// <summary>In no article.</summary>
    public const string MissingWord = "qwertyuiop";
}

/// <summary>
/// Articles written in SQL rather than saved one by one, through the same triggers and indexes as saved articles
/// (list rows copy their article's visibility; the search index follows the articles), so a test gets thousands
/// in seconds. <see cref="FillAsync"/> makes an archive big enough that a planner would rather scan than use a
/// poor index; <see cref="BulkArticlesAsync"/> adds published articles that share a body.
/// </summary>
public static class LargeArchive
{
    public static async Task<LargeArchiveContent> FillAsync(FandomApp app, int articles)
    {
        var authors = new List<StaffCredentials>();
        for (var i = 0; i < 3; i++) authors.Add(await app.CreateStaffAsync(Roles.Author, $"Archive Writer {i}"));
        var categories = new List<int>();
        for (var i = 0; i < 5; i++) categories.Add(await app.CategoryAsync($"Archive Section {i}"));
        var now = app.Now();
        var sqlite = app.Provider == DatabaseProvider.Sqlite;

        await app.WithDbAsync(async db =>
        {
            // Ten years of articles up to now; one in fifty a draft, one in ninety-seven archived, the newest few scheduled.
            var numbers = sqlite
                ? $"WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < {articles}) SELECT i FROM n"
                : $"SELECT i FROM generate_series(1, {articles}) AS i";
            var step = 315_360_000 / articles;
            var offset = $"(86400 - ({articles} - i) * {step})";
            var publishAt = sqlite
                ? $"strftime('%Y-%m-%d %H:%M:%S', '{now:yyyy-MM-dd HH:mm:ss}', {offset} || ' seconds')"
                : $"timestamptz '{now:yyyy-MM-dd HH:mm:ss}+00' + make_interval(secs => {offset})";
            const string concat = "||";
            string Text(string e) => sqlite ? e : $"({e})::text";
            await RunAsync($"""
                INSERT INTO "Articles" ("Title", "Slug", "Dek", "Body", "BodyHtml", "RenderVersion", "Excerpt", "WordCount", "SearchText",
                    "Status", "PublishAtUtc", "CreatedAtUtc", "UpdatedAtUtc", "ConcurrencyStamp")
                SELECT 'Archive story ' {concat} {Text("i")}, 'archive-story-' {concat} {Text("i")}, 'A dek', 'Body', '<p>Body</p>', {ContentRenderer.Version},
                    'An excerpt', 300,
                    'Archive story ' {concat} {Text("i")} {concat} ' season '
                        {concat} CASE WHEN i % 4 = 0 THEN '{LargeArchiveContent.CommonWord} finale' ELSE 'premiere' END
                        {concat} CASE WHEN i = {articles / 2 + 1} THEN ' {LargeArchiveContent.RareWord}' ELSE '' END,
                    CASE WHEN i % 50 = 0 THEN 0 WHEN i % 97 = 0 THEN 3 ELSE 2 END,
                    CASE WHEN i % 50 = 0 THEN NULL ELSE {publishAt} END,
                    {publishAt}, {publishAt}, 'stamp'
                FROM ({numbers}) AS numbers
                """);
            const string ids = "SELECT \"Id\", \"Id\" AS i FROM \"Articles\"";
            await RunAsync($"""
                INSERT INTO "ArticleCategories" ("ArticlesId", "CategoriesId")
                SELECT "Id", CASE i % 5 {string.Join(" ", categories.Select((c, n) => $"WHEN {n} THEN {c}"))} END FROM ({ids}) AS a
                """);
            // Two hundred tags: tag 0 on a third of the archive, the rest spread thin; the last on three articles only.
            var tagValues = string.Join(", ", Enumerable.Range(0, 200).Select(t => $"('Archive tag {t}', 'archive-tag-{t}')"));
            await RunAsync($"""INSERT INTO "Tags" ("Name", "Slug") VALUES {tagValues}""");
            var firstTag = await db.Tags.Where(t => t.Slug == "archive-tag-0").Select(t => t.Id).SingleAsync();
            await RunAsync($"""
                INSERT INTO "ArticleTags" ("ArticlesId", "TagsId") SELECT "Id", {firstTag} FROM ({ids}) AS a WHERE i % 3 = 0
                """);
            await RunAsync($"""
                INSERT INTO "ArticleTags" ("ArticlesId", "TagsId") SELECT "Id", {firstTag} + 1 + (i * 7) % 198 FROM ({ids}) AS a
                """);
            await RunAsync($"""
                INSERT INTO "ArticleTags" ("ArticlesId", "TagsId") SELECT "Id", {firstTag} + 199 FROM ({ids}) AS a WHERE i IN (10, 20, 30)
                """);
            await RunAsync($"""
                INSERT INTO "ArticleAuthors" ("ArticlesId", "AuthorsId")
                SELECT "Id", CASE i % 3 {string.Join(" ", authors.Select((a, n) => $"WHEN {n} THEN '{a.Id}'"))} END FROM ({ids}) AS a
                """);
            // A quote library of a thousand quotes by someone else, quoted by most articles; and a much-quoted person
            // with two thousand quotes (two in three dated), quoted by a quarter of the articles, half of those twice.
            var person = new Person { Name = "Archive Speaker", Slug = "archive-speaker" };
            var other = new Person { Name = "Archive Regular", Slug = "archive-regular" };
            db.People.AddRange(person, other);
            await db.SaveChangesAsync();
            var saidOn = sqlite ? "date(\"CreatedAtUtc\")" : "\"CreatedAtUtc\"::date";
            await RunAsync($"""
                INSERT INTO "Quotes" ("Text", "SpeakerId", "Fingerprint", "CreatedAtUtc", "UpdatedAtUtc")
                SELECT 'Library quote ' {concat} {Text("i")}, {other.Id}, 'library-' {concat} {Text("i")}, "CreatedAtUtc", "UpdatedAtUtc"
                FROM (SELECT "Id" AS i, "CreatedAtUtc", "UpdatedAtUtc" FROM "Articles" WHERE "Id" <= 1000) AS numbers
                """);
            await RunAsync($"""
                INSERT INTO "Quotes" ("Text", "SpeakerId", "Fingerprint", "SaidOn", "CreatedAtUtc", "UpdatedAtUtc")
                SELECT 'Archive quote ' {concat} {Text("i")}, {person.Id}, 'speaker-' {concat} {Text("i")},
                    CASE WHEN i % 3 = 0 THEN NULL ELSE {saidOn} END, "CreatedAtUtc", "UpdatedAtUtc"
                FROM (SELECT "Id" AS i, "CreatedAtUtc", "UpdatedAtUtc" FROM "Articles" WHERE "Id" <= 2000) AS numbers
                """);
            var firstLibraryQuote = await db.Quotes.Where(q => q.SpeakerId == other.Id).MinAsync(q => q.Id);
            var firstQuote = await db.Quotes.Where(q => q.SpeakerId == person.Id).MinAsync(q => q.Id);
            await RunAsync($"""
                INSERT INTO "ArticleQuotes" ("ArticlesId", "QuotesId") SELECT "Id", {firstLibraryQuote} + i % 1000 FROM ({ids}) AS a WHERE i % 40 <> 0
                """);
            await RunAsync($"""
                INSERT INTO "ArticleQuotes" ("ArticlesId", "QuotesId") SELECT "Id", {firstQuote} + i % 2000 FROM ({ids}) AS a WHERE i % 4 = 1
                """);
            await RunAsync($"""
                INSERT INTO "ArticleQuotes" ("ArticlesId", "QuotesId") SELECT "Id", {firstQuote} + (i + 1) % 2000 FROM ({ids}) AS a WHERE i % 8 = 1
                """);
            // PostgreSQL's autovacuum would do this within a minute (statistics, and the visibility map its index-only and GIN plans rely on); SQLite gets no statistics unless asked, so it is not.
            if (!sqlite) await RunAsync("VACUUM ANALYZE");
            return 0;

            // Only constants of this method's own go into the SQL.
            Task<int> RunAsync(string sql) => db.Database.ExecuteSqlRawAsync(sql);
        });

        var articleSlug = $"archive-story-{articles / 2 + 1}";
        return new LargeArchiveContent(articleSlug, Slugs.From("Archive Section 0"), "archive-tag-0", "archive-tag-199",
            await app.AuthorSlugAsync(authors[0]), "archive-speaker");
    }

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
