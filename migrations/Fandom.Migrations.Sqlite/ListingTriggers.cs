namespace Fandom.Migrations.Sqlite;

/// <summary>
/// The triggers that keep each list row's copy of its article's visibility fields in step (see ArticleListing):
/// a new row copies them from its article, and a change to the article's status or times follows to its rows.
/// Each migration keeps the SQL it ran: <see cref="Create"/> is migration ArticleListings, <see cref="CreateSpeakers"/>
/// migration ArticleSpeakers.
/// </summary>
internal static class ListingTriggers
{
    /// <summary>The list tables of migration ArticleListings, and the column that names each one's list.</summary>
    private static readonly (string Table, string ListColumn)[] Lists =
        [("ArticleCategories", "CategoriesId"), ("ArticleTags", "TagsId"), ("ArticleAuthors", "AuthorsId"), ("ArticleQuotes", "QuotesId")];

    private static readonly (string Table, string ListColumn) Speakers = ("ArticleSpeakers", "PeopleId");

    private const string Copied = "\"Status\", \"PublishAtUtc\", \"UnpublishAtUtc\"";

    private static string CopiedFrom(string alias) => $"{alias}.\"Status\", {alias}.\"PublishAtUtc\", {alias}.\"UnpublishAtUtc\"";

    public static IEnumerable<string> Create()
    {
        foreach (var (table, list) in Lists)
        {
            yield return CopyOnInsert(table, list);
            yield return $"""UPDATE "{table}" SET ({Copied}) = (SELECT {Copied} FROM "Articles" WHERE "Id" = "{table}"."ArticlesId");""";
        }
        yield return Follow(Lists);
    }

    public static IEnumerable<string> Drop() =>
        [.. Lists.Select(l => $"""DROP TRIGGER IF EXISTS "{l.Table}_Listing_Insert";"""), """DROP TRIGGER IF EXISTS "Articles_Listing_Update";"""];

    /// <summary>
    /// An article's quoted people, one row each: filled from the quotes already linked, then kept by the links (a
    /// link added or removed) and by the quotes (a quote given to another speaker). Only these triggers write the
    /// rows, and they copy the article's visibility as they do, so the table needs no insert trigger of its own. A row goes once no quote of that
    /// person is left in the article, which is asked of the remaining links, so it holds however the link went.
    /// </summary>
    public static IEnumerable<string> CreateSpeakers()
    {
        yield return """
            INSERT INTO "ArticleSpeakers" ("ArticlesId", "PeopleId", "Status", "PublishAtUtc", "UnpublishAtUtc")
            SELECT DISTINCT l."ArticlesId", q."SpeakerId", a."Status", a."PublishAtUtc", a."UnpublishAtUtc"
            FROM "ArticleQuotes" AS l JOIN "Quotes" AS q ON q."Id" = l."QuotesId" JOIN "Articles" AS a ON a."Id" = l."ArticlesId";
            """;
        yield return $"""
            CREATE TRIGGER "ArticleQuotes_Speaker_Insert" AFTER INSERT ON "ArticleQuotes" BEGIN
                INSERT INTO "ArticleSpeakers" ("ArticlesId", "PeopleId", {Copied})
                SELECT new."ArticlesId", q."SpeakerId", {CopiedFrom("a")} FROM "Quotes" AS q JOIN "Articles" AS a ON a."Id" = new."ArticlesId"
                WHERE q."Id" = new."QuotesId"
                  AND NOT EXISTS (SELECT 1 FROM "ArticleSpeakers" AS s WHERE s."ArticlesId" = new."ArticlesId" AND s."PeopleId" = q."SpeakerId");
            END;
            """;
        yield return """
            CREATE TRIGGER "ArticleQuotes_Speaker_Delete" AFTER DELETE ON "ArticleQuotes" BEGIN
                DELETE FROM "ArticleSpeakers" WHERE "ArticlesId" = old."ArticlesId" AND NOT EXISTS (
                    SELECT 1 FROM "ArticleQuotes" AS l JOIN "Quotes" AS q ON q."Id" = l."QuotesId"
                    WHERE l."ArticlesId" = old."ArticlesId" AND q."SpeakerId" = "ArticleSpeakers"."PeopleId");
            END;
            """;
        yield return $"""
            CREATE TRIGGER "Quotes_Speaker_Update" AFTER UPDATE OF "SpeakerId" ON "Quotes" WHEN old."SpeakerId" IS NOT new."SpeakerId" BEGIN
                INSERT INTO "ArticleSpeakers" ("ArticlesId", "PeopleId", {Copied})
                SELECT l."ArticlesId", new."SpeakerId", {CopiedFrom("a")} FROM "ArticleQuotes" AS l JOIN "Articles" AS a ON a."Id" = l."ArticlesId"
                WHERE l."QuotesId" = new."Id"
                  AND NOT EXISTS (SELECT 1 FROM "ArticleSpeakers" AS s WHERE s."ArticlesId" = l."ArticlesId" AND s."PeopleId" = new."SpeakerId");
                DELETE FROM "ArticleSpeakers"
                WHERE "PeopleId" = old."SpeakerId"
                  AND "ArticlesId" IN (SELECT "ArticlesId" FROM "ArticleQuotes" WHERE "QuotesId" = new."Id")
                  AND NOT EXISTS (
                    SELECT 1 FROM "ArticleQuotes" AS l JOIN "Quotes" AS q ON q."Id" = l."QuotesId"
                    WHERE l."ArticlesId" = "ArticleSpeakers"."ArticlesId" AND q."SpeakerId" = old."SpeakerId");
            END;
            """;
        yield return """DROP TRIGGER "Articles_Listing_Update";""";
        yield return Follow([.. Lists, Speakers]);
    }

    public static IEnumerable<string> DropSpeakers() =>
    [
        """DROP TRIGGER IF EXISTS "Quotes_Speaker_Update";""",
        """DROP TRIGGER IF EXISTS "ArticleQuotes_Speaker_Delete";""",
        """DROP TRIGGER IF EXISTS "ArticleQuotes_Speaker_Insert";""",
        """DROP TRIGGER "Articles_Listing_Update";""",
        Follow(Lists),
    ];

    private static string CopyOnInsert(string table, string list) => $"""
        CREATE TRIGGER "{table}_Listing_Insert" AFTER INSERT ON "{table}" BEGIN
            UPDATE "{table}" SET ({Copied}) = (SELECT {Copied} FROM "Articles" WHERE "Id" = new."ArticlesId")
            WHERE "ArticlesId" = new."ArticlesId" AND "{list}" = new."{list}";
        END;
        """;

    private static string Follow(IEnumerable<(string Table, string ListColumn)> lists)
    {
        var follow = string.Join("\n", lists.Select(l =>
            $"""    UPDATE "{l.Table}" SET "Status" = new."Status", "PublishAtUtc" = new."PublishAtUtc", "UnpublishAtUtc" = new."UnpublishAtUtc" WHERE "ArticlesId" = new."Id";"""));
        return $"""
            CREATE TRIGGER "Articles_Listing_Update" AFTER UPDATE OF {Copied} ON "Articles"
            WHEN old."Status" IS NOT new."Status" OR old."PublishAtUtc" IS NOT new."PublishAtUtc" OR old."UnpublishAtUtc" IS NOT new."UnpublishAtUtc"
            BEGIN
            {follow}
            END;
            """;
    }
}
