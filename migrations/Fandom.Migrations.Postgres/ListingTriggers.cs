namespace Fandom.Migrations.Postgres;

/// <summary>
/// The triggers that keep each list row's copy of its article's visibility fields in step (see ArticleListing):
/// a new row copies them from its article, and a change to the article's status or times follows to its rows.
/// </summary>
internal static class ListingTriggers
{
    /// <summary>Each list table.</summary>
    private static readonly string[] Lists = ["ArticleCategories", "ArticleTags", "ArticleAuthors", "ArticleQuotes"];

    public static IEnumerable<string> Create()
    {
        yield return """
            CREATE FUNCTION "ArticleListing_Copy"() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                SELECT a."Status", a."PublishAtUtc", a."UnpublishAtUtc" INTO NEW."Status", NEW."PublishAtUtc", NEW."UnpublishAtUtc"
                FROM "Articles" a WHERE a."Id" = NEW."ArticlesId";
                RETURN NEW;
            END $$;
            """;
        foreach (var table in Lists)
        {
            yield return $"""CREATE TRIGGER "{table}_Listing_Insert" BEFORE INSERT ON "{table}" FOR EACH ROW EXECUTE FUNCTION "ArticleListing_Copy"();""";
            yield return $"""
                UPDATE "{table}" l SET "Status" = a."Status", "PublishAtUtc" = a."PublishAtUtc", "UnpublishAtUtc" = a."UnpublishAtUtc"
                FROM "Articles" a WHERE a."Id" = l."ArticlesId";
                """;
        }
        var follow = string.Join("\n", Lists.Select(table =>
            $"""    UPDATE "{table}" SET "Status" = NEW."Status", "PublishAtUtc" = NEW."PublishAtUtc", "UnpublishAtUtc" = NEW."UnpublishAtUtc" WHERE "ArticlesId" = NEW."Id";"""));
        yield return $"""
            CREATE FUNCTION "ArticleListing_Follow"() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
            {follow}
                RETURN NULL;
            END $$;
            """;
        yield return """
            CREATE TRIGGER "Articles_Listing_Update" AFTER UPDATE OF "Status", "PublishAtUtc", "UnpublishAtUtc" ON "Articles" FOR EACH ROW
            WHEN (OLD."Status" IS DISTINCT FROM NEW."Status" OR OLD."PublishAtUtc" IS DISTINCT FROM NEW."PublishAtUtc" OR OLD."UnpublishAtUtc" IS DISTINCT FROM NEW."UnpublishAtUtc")
            EXECUTE FUNCTION "ArticleListing_Follow"();
            """;
    }

    public static IEnumerable<string> Drop() =>
    [
        """DROP TRIGGER IF EXISTS "Articles_Listing_Update" ON "Articles";""",
        .. Lists.Select(table => $"""DROP TRIGGER IF EXISTS "{table}_Listing_Insert" ON "{table}";"""),
        """DROP FUNCTION IF EXISTS "ArticleListing_Follow"();""",
        """DROP FUNCTION IF EXISTS "ArticleListing_Copy"();""",
    ];
}
