using Fandom.Data;
using Microsoft.EntityFrameworkCore;

namespace Fandom.Web.Services.Search;

/// <summary>SQLite FTS5 over the ArticleSearch index (migration ReaderSearch): bm25 weighted title 10, dek 4, text 1.</summary>
public sealed class SqliteSearchService(FandomDbContext db, TimeProvider time, SiteSettingsService settings)
    : SearchServiceBase(db, time, settings)
{
    protected override IQueryable<SearchMatch> Matches(IReadOnlyList<string> tokens)
    {
        // Each token quoted (so FTS5 reads no operator or column filter in it) and matched as a prefix.
        var match = string.Join(' ', tokens.Select(t => $"\"{t}\"*"));
        // bm25 is lower for better matches; negated so that higher ranks first on both providers.
        return Db.Database.SqlQuery<SearchMatch>($"""
            SELECT rowid AS "Id",
                   -bm25("ArticleSearch", 10.0, 4.0, 1.0) AS "Rank",
                   snippet("ArticleSearch", 2, {MarkStart}, {MarkEnd}, '…', 30) AS "Snippet"
            FROM "ArticleSearch"
            WHERE "ArticleSearch" MATCH {match}
            """);
    }
}
