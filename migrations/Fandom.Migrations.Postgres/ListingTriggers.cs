namespace Fandom.Migrations.Postgres;

/// <summary>
/// The triggers that keep each list row's copy of its article's visibility fields in step (see ArticleListing):
/// a new row copies them from its article, and a change to the article's status or times follows to its rows.
/// Each migration keeps the SQL it ran: <see cref="Create"/> is migration ArticleListings, <see cref="CreateSpeakers"/>
/// migration ArticleSpeakers.
/// </summary>
internal static class ListingTriggers
{
    /// <summary>The list tables of migration ArticleListings.</summary>
    private static readonly string[] Lists = ["ArticleCategories", "ArticleTags", "ArticleAuthors", "ArticleQuotes"];

    private const string Speakers = "ArticleSpeakers";

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
            yield return CopyOnInsert(table);
            yield return $"""
                UPDATE "{table}" l SET "Status" = a."Status", "PublishAtUtc" = a."PublishAtUtc", "UnpublishAtUtc" = a."UnpublishAtUtc"
                FROM "Articles" a WHERE a."Id" = l."ArticlesId";
                """;
        }
        yield return Follow(Lists);
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

    /// <summary>
    /// An article's quoted people, one row each: filled from the quotes already linked, then kept by the links (a
    /// link added or removed) and by the quotes (a quote given to another speaker). A row goes once no quote of that
    /// person is left in the article, which is asked of the remaining links, so it holds however the link went.
    /// </summary>
    public static IEnumerable<string> CreateSpeakers()
    {
        yield return $"""
            INSERT INTO "{Speakers}" ("ArticlesId", "PeopleId", "Status", "PublishAtUtc", "UnpublishAtUtc")
            SELECT DISTINCT l."ArticlesId", q."SpeakerId", a."Status", a."PublishAtUtc", a."UnpublishAtUtc"
            FROM "ArticleQuotes" l JOIN "Quotes" q ON q."Id" = l."QuotesId" JOIN "Articles" a ON a."Id" = l."ArticlesId";
            """;
        yield return CopyOnInsert(Speakers);
        yield return $"""
            CREATE FUNCTION "ArticleSpeakers_FromLink"() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF TG_OP = 'INSERT' THEN
                    INSERT INTO "{Speakers}" ("ArticlesId", "PeopleId")
                    SELECT NEW."ArticlesId", q."SpeakerId" FROM "Quotes" q WHERE q."Id" = NEW."QuotesId"
                    ON CONFLICT DO NOTHING;
                ELSE
                    DELETE FROM "{Speakers}" s WHERE s."ArticlesId" = OLD."ArticlesId" AND NOT EXISTS (
                        SELECT 1 FROM "ArticleQuotes" l JOIN "Quotes" q ON q."Id" = l."QuotesId"
                        WHERE l."ArticlesId" = OLD."ArticlesId" AND q."SpeakerId" = s."PeopleId");
                END IF;
                RETURN NULL;
            END $$;
            """;
        yield return """CREATE TRIGGER "ArticleQuotes_Speaker" AFTER INSERT OR DELETE ON "ArticleQuotes" FOR EACH ROW EXECUTE FUNCTION "ArticleSpeakers_FromLink"();""";
        yield return $"""
            CREATE FUNCTION "ArticleSpeakers_FromQuote"() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                INSERT INTO "{Speakers}" ("ArticlesId", "PeopleId")
                SELECT l."ArticlesId", NEW."SpeakerId" FROM "ArticleQuotes" l WHERE l."QuotesId" = NEW."Id"
                ON CONFLICT DO NOTHING;
                DELETE FROM "{Speakers}" s
                WHERE s."PeopleId" = OLD."SpeakerId"
                  AND s."ArticlesId" IN (SELECT l."ArticlesId" FROM "ArticleQuotes" l WHERE l."QuotesId" = NEW."Id")
                  AND NOT EXISTS (
                    SELECT 1 FROM "ArticleQuotes" l JOIN "Quotes" q ON q."Id" = l."QuotesId"
                    WHERE l."ArticlesId" = s."ArticlesId" AND q."SpeakerId" = OLD."SpeakerId");
                RETURN NULL;
            END $$;
            """;
        yield return """
            CREATE TRIGGER "Quotes_Speaker_Update" AFTER UPDATE OF "SpeakerId" ON "Quotes" FOR EACH ROW
            WHEN (OLD."SpeakerId" IS DISTINCT FROM NEW."SpeakerId")
            EXECUTE FUNCTION "ArticleSpeakers_FromQuote"();
            """;
        yield return Follow([.. Lists, Speakers]);
    }

    public static IEnumerable<string> DropSpeakers() =>
    [
        """DROP TRIGGER IF EXISTS "Quotes_Speaker_Update" ON "Quotes";""",
        """DROP TRIGGER IF EXISTS "ArticleQuotes_Speaker" ON "ArticleQuotes";""",
        $"""DROP TRIGGER IF EXISTS "{Speakers}_Listing_Insert" ON "{Speakers}";""",
        """DROP FUNCTION IF EXISTS "ArticleSpeakers_FromQuote"();""",
        """DROP FUNCTION IF EXISTS "ArticleSpeakers_FromLink"();""",
        Follow(Lists),
    ];

    private static string CopyOnInsert(string table) =>
        $"""CREATE TRIGGER "{table}_Listing_Insert" BEFORE INSERT ON "{table}" FOR EACH ROW EXECUTE FUNCTION "ArticleListing_Copy"();""";

    /// <summary>The body of the article's update trigger, which names every list table (replaced as tables are added).</summary>
    private static string Follow(IEnumerable<string> lists)
    {
        var follow = string.Join("\n", lists.Select(table =>
            $"""    UPDATE "{table}" SET "Status" = NEW."Status", "PublishAtUtc" = NEW."PublishAtUtc", "UnpublishAtUtc" = NEW."UnpublishAtUtc" WHERE "ArticlesId" = NEW."Id";"""));
        return $"""
            CREATE OR REPLACE FUNCTION "ArticleListing_Follow"() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
            {follow}
                RETURN NULL;
            END $$;
            """;
    }
}
