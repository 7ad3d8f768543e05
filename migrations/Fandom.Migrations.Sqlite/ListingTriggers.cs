namespace Fandom.Migrations.Sqlite;

/// <summary>
/// The triggers that keep each list row's copy of its article's visibility fields in step (see ArticleListing):
/// a new row copies them from its article, and a change to the article's status or times follows to its rows.
/// </summary>
internal static class ListingTriggers
{
    /// <summary>Each list table and the column that names its list.</summary>
    private static readonly (string Table, string ListColumn)[] Lists =
        [("ArticleCategories", "CategoriesId"), ("ArticleTags", "TagsId"), ("ArticleAuthors", "AuthorsId"), ("ArticleQuotes", "QuotesId")];

    private const string Copied = "\"Status\", \"PublishAtUtc\", \"UnpublishAtUtc\"";

    public static IEnumerable<string> Create()
    {
        foreach (var (table, list) in Lists)
        {
            yield return $"""
                CREATE TRIGGER "{table}_Listing_Insert" AFTER INSERT ON "{table}" BEGIN
                    UPDATE "{table}" SET ({Copied}) = (SELECT {Copied} FROM "Articles" WHERE "Id" = new."ArticlesId")
                    WHERE "ArticlesId" = new."ArticlesId" AND "{list}" = new."{list}";
                END;
                """;
            yield return $"""UPDATE "{table}" SET ({Copied}) = (SELECT {Copied} FROM "Articles" WHERE "Id" = "{table}"."ArticlesId");""";
        }
        var follow = string.Join("\n", Lists.Select(l =>
            $"""    UPDATE "{l.Table}" SET "Status" = new."Status", "PublishAtUtc" = new."PublishAtUtc", "UnpublishAtUtc" = new."UnpublishAtUtc" WHERE "ArticlesId" = new."Id";"""));
        yield return $"""
            CREATE TRIGGER "Articles_Listing_Update" AFTER UPDATE OF {Copied} ON "Articles"
            WHEN old."Status" IS NOT new."Status" OR old."PublishAtUtc" IS NOT new."PublishAtUtc" OR old."UnpublishAtUtc" IS NOT new."UnpublishAtUtc"
            BEGIN
            {follow}
            END;
            """;
    }

    public static IEnumerable<string> Drop() =>
        [.. Lists.Select(l => $"""DROP TRIGGER IF EXISTS "{l.Table}_Listing_Insert";"""), """DROP TRIGGER IF EXISTS "Articles_Listing_Update";"""];
}
