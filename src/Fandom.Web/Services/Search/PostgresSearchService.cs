using Fandom.Data;
using Fandom.Web.Services.Site;
using Microsoft.EntityFrameworkCore;

namespace Fandom.Web.Services.Search;

/// <summary>
/// PostgreSQL full-text search over the stored, GIN-indexed tsvectors of migration StoredSearchVectors:
/// "SearchVector" (title A, dek B, search text C) and "HeadlineVector" (title A, dek B), ranked by ts_rank.
/// </summary>
public sealed class PostgresSearchService(FandomDbContext db, TimeProvider time, SiteSettingsService settings)
    : SearchServiceBase(db, time, settings)
{
    protected override IQueryable<SearchMatch> Matches(IReadOnlyList<string> tokens, SearchScope scope, WordMatch match)
    {
        // Tokens are letters and digits only, so this tsquery text has no syntax but ours: every word, ":*" for a prefix.
        var tsquery = string.Join(" & ", tokens.Select(t => match == WordMatch.Prefix ? t + ":*" : t));
        // The tsquery is a sub-select, so the planner cannot see how common its words are. Told that a word is in
        // a fifth of the articles, it would read the table in order until the LIMIT is met, detoasting every
        // row's vector on the way (it does not price that), instead of taking the GIN bitmap.
        return scope == SearchScope.Headline
            ? Db.Database.SqlQuery<SearchMatch>($"""
                SELECT a."Id" AS "Id",
                       ts_rank(a."HeadlineVector", (SELECT to_tsquery('english'::regconfig, {tsquery})))::double precision AS "Rank",
                       a."Status" AS "Status", a."PublishAtUtc" AS "PublishAtUtc", a."UnpublishAtUtc" AS "UnpublishAtUtc"
                FROM "Articles" a
                WHERE a."HeadlineVector" @@ (SELECT to_tsquery('english'::regconfig, {tsquery}))
                """)
            : Db.Database.SqlQuery<SearchMatch>($"""
                SELECT a."Id" AS "Id",
                       ts_rank(a."SearchVector", (SELECT to_tsquery('english'::regconfig, {tsquery})))::double precision AS "Rank",
                       a."Status" AS "Status", a."PublishAtUtc" AS "PublishAtUtc", a."UnpublishAtUtc" AS "UnpublishAtUtc"
                FROM "Articles" a
                WHERE a."SearchVector" @@ (SELECT to_tsquery('english'::regconfig, {tsquery}))
                """);
    }
}
