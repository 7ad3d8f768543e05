using Fandom.Data;
using Microsoft.EntityFrameworkCore;

namespace Fandom.Web.Services.Search;

/// <summary>
/// PostgreSQL full-text search with the weighted tsvector of the GIN index IX_Articles_Search (migration
/// ReaderSearch): title A, dek B, text C. The expression is repeated exactly so the planner uses the index.
/// </summary>
public sealed class PostgresSearchService(FandomDbContext db, TimeProvider time, SiteSettingsService settings)
    : SearchServiceBase(db, time, settings)
{
    protected override IQueryable<SearchMatch> Matches(IReadOnlyList<string> tokens)
    {
        // Tokens are letters and digits only, so this tsquery text has no syntax but ours: every word, as a prefix.
        var tsquery = string.Join(" & ", tokens.Select(t => t + ":*"));
        var options = $"StartSel={MarkStart}, StopSel={MarkEnd}, MaxWords=35, MinWords=15, MaxFragments=2, FragmentDelimiter=\" … \"";
        return Db.Database.SqlQuery<SearchMatch>($"""
            SELECT a."Id" AS "Id",
                   ts_rank(
                       setweight(to_tsvector('english'::regconfig, coalesce(a."Title", '')), 'A') ||
                       setweight(to_tsvector('english'::regconfig, coalesce(a."Dek", '')), 'B') ||
                       setweight(to_tsvector('english'::regconfig, coalesce(a."SearchText", '')), 'C'),
                       q.query)::double precision AS "Rank",
                   ts_headline('english'::regconfig, a."SearchText", q.query, {options}) AS "Snippet"
            FROM "Articles" a, to_tsquery('english'::regconfig, {tsquery}) AS q(query)
            WHERE (
                setweight(to_tsvector('english'::regconfig, coalesce(a."Title", '')), 'A') ||
                setweight(to_tsvector('english'::regconfig, coalesce(a."Dek", '')), 'B') ||
                setweight(to_tsvector('english'::regconfig, coalesce(a."SearchText", '')), 'C')
            ) @@ q.query
            """);
    }
}
