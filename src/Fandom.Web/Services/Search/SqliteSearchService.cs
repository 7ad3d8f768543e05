using Fandom.Data;
using Fandom.Web.Services.Site;
using Microsoft.EntityFrameworkCore;

namespace Fandom.Web.Services.Search;

/// <summary>SQLite FTS5 over the ArticleSearch index (migration ReaderSearch): bm25 weighted title 10, dek 4, text 1.</summary>
public sealed class SqliteSearchService(FandomDbContext db, TimeProvider time, SiteSettingsService settings)
    : SearchServiceBase(db, time, settings)
{
    protected override IQueryable<SearchMatch> Matches(IReadOnlyList<string> tokens, SearchScope scope, WordMatch match)
    {
        // Each token quoted (so FTS5 reads no operator or column filter in it), a prefix query with "*"; the
        // headline scope is FTS5's own column filter.
        var words = string.Join(' ', tokens.Select(t => match == WordMatch.Prefix ? $"\"{t}\"*" : $"\"{t}\""));
        var query = scope == SearchScope.Headline ? $"{{Title Dek}} : ({words})" : words;
        // bm25 is lower for better matches; negated so that higher ranks first on both providers. It is
        // evaluated only for the rows the outer query keeps, so the cap bounds it too.
        // "rowid + 0": the id is an expression, so the planner cannot probe the index once per visible article
        // (rowid = ? AND MATCH, re-running the match for every row of the archive) and must let the match drive,
        // joining each hit to its article by key.
        // The reader rule's columns come from the index that holds them by id (ArticleConfiguration), named because the
        // planner, not knowing how wide an article row is, would read them from the row: past its body, HTML and
        // search text, four overflow pages for every match checked.
        return Db.Database.SqlQuery<SearchMatch>($"""
            SELECT f."Id" AS "Id", f."Rank" AS "Rank",
                   a."Status" AS "Status", a."PublishAtUtc" AS "PublishAtUtc", a."UnpublishAtUtc" AS "UnpublishAtUtc"
            FROM (
                SELECT rowid + 0 AS "Id", -bm25("ArticleSearch", 10.0, 4.0, 1.0) AS "Rank"
                FROM "ArticleSearch"
                WHERE "ArticleSearch" MATCH {query}
            ) AS f
            JOIN "Articles" AS a INDEXED BY "IX_Articles_VisibilityById" ON a."Id" = f."Id"
            """);
    }
}
