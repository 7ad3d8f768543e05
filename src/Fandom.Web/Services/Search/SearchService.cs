using System.Text.RegularExpressions;
using Fandom.Data;
using Fandom.Data.Entities;
using Fandom.Web.Services.Articles;
using Fandom.Web.Services.Site;
using Microsoft.EntityFrameworkCore;

namespace Fandom.Web.Services.Search;

/// <summary>One search result: the article's card and a snippet of its text, HTML-encoded, with matches in <c>&lt;mark&gt;</c>.</summary>
public sealed record SearchHit(ArticleCard Card, string SnippetHtml);

/// <summary>
/// One page of search results. <see cref="Page{T}.TotalCount"/> is how many results the pager walks through;
/// <see cref="MatchCount"/> is how many articles match, counted up to <see cref="SearchServiceBase.MatchCap"/>
/// (<see cref="MoreMatch"/> says there are more).
/// </summary>
public sealed record SearchResults(Page<SearchHit> Hits, int MatchCount, bool MoreMatch);

/// <summary>Full-text search over visible articles; one implementation per database provider.</summary>
public interface ISearchService
{
    /// <summary>
    /// Ranked (title matches before dek matches before body matches) and paged. Any reader input is safe:
    /// it is reduced to plain word tokens, and a query with none finds nothing.
    /// </summary>
    Task<SearchResults> SearchAsync(string query, int page, CancellationToken ct = default);
}

/// <summary>
/// The row each provider's SQL returns: the match, its rank, and the article's reader rule columns, which the draw
/// filters by <see cref="ArticleVisibility.VisibleAt{T}"/> like every other reader query.
/// </summary>
public sealed class SearchMatch : IReaderVisibility
{
    public int Id { get; init; }
    public double Rank { get; init; }
    public ArticleStatus Status { get; init; }
    public DateTime? PublishAtUtc { get; init; }
    public DateTime? UnpublishAtUtc { get; init; }
}

/// <summary>Which text a match must be in: the headline (title and dek) or anywhere (title, dek and search text).</summary>
public enum SearchScope { Headline, Anywhere }

/// <summary>How a query word matches a word of the index: as the whole word (both stemmed) or as its start.</summary>
public enum WordMatch { Whole, Prefix }

/// <summary>
/// What both providers share: turning reader input into tokens, drawing a bounded set of candidates from the
/// full-text index, ranking them, and making the snippets of the page shown.
/// </summary>
public abstract partial class SearchServiceBase(FandomDbContext db, TimeProvider time, SiteSettingsService settings) : ISearchService
{
    /// <summary>
    /// Most matches a search reads from each draw of the index: a word in half the archive costs what a word
    /// in a thousand articles does, and the count reads "1,000+".
    /// </summary>
    public const int MatchCap = 1000;

    private const int MaxTokens = 8;

    protected FandomDbContext Db => db;

    public async Task<SearchResults> SearchAsync(string query, int page, CancellationToken ct = default)
    {
        var size = settings.Current.ArticlesPerPage;
        page = Math.Max(1, page);
        var tokens = Tokens(query);
        if (tokens.Count == 0) return new SearchResults(new Page<SearchHit>([], page, size, 0), 0, false);

        // One connection for the page's queries, as every reader page opens it (ArticleService): no pool round trip
        // (and on PostgreSQL no session reset) between them.
        await db.Database.OpenConnectionAsync(ct);
        var drawn = await DrawAsync(tokens, time.UtcNow(), ct);
        var headline = drawn.Where(c => c.Scope == SearchScope.Headline).ToList();
        var anywhere = drawn.Where(c => c.Scope == SearchScope.Anywhere).ToList();
        var moreMatch = anywhere.Count > MatchCap;
        var inHeadline = headline.Select(c => c.Id).ToHashSet();
        var ranked = Ranked(headline.Take(MatchCap))
            .Concat(Ranked(anywhere.Take(MatchCap).Where(c => !inHeadline.Contains(c.Id))))
            .Select(c => c.Id).ToList();

        // long: a huge page number from a URL must not overflow into a negative offset.
        var ids = (long)(page - 1) * size >= ranked.Count ? [] : ranked.Skip((page - 1) * size).Take(size).ToList();
        if (ids.Count == 0) return new SearchResults(new Page<SearchHit>([], page, size, ranked.Count), moreMatch ? MatchCap : anywhere.Count, moreMatch);
        var articles = await db.Articles.Where(a => ids.Contains(a.Id))
            .Select(a => new { Row = new CardRow(a.Id, a.Title, a.Slug, a.Dek, a.Excerpt, a.PublishAtUtc!.Value, null), a.SearchText })
            .ToDictionaryAsync(a => a.Row.Id, ct);
        var terms = await new ArticleCards(db).TermsAsync(ids, withTags: false, ct);
        var hits = ids.Select(id => new SearchHit(ArticleCards.Card(articles[id].Row, terms[id]), Snippets.Html(articles[id].SearchText, tokens))).ToList();
        return new SearchResults(new Page<SearchHit>(hits, page, size, ranked.Count), moreMatch ? MatchCap : anywhere.Count, moreMatch);
    }

    private sealed class Candidate
    {
        public int Id { get; init; }
        public double Rank { get; init; }
        public DateTime? PublishAtUtc { get; init; }
        public SearchScope Scope { get; init; }
    }

    /// <summary>
    /// Two draws, each stopping at the cap in the index's own order: the headline matches, so a title anywhere in the
    /// archive still comes first, and the matches anywhere, which give the count. Both are drawn by whole words first
    /// (one statement), and a draw that does not fill the cap is drawn again by prefixes (a second statement). A word
    /// in thousands of articles thus fills its draw with articles that have the word itself, for a fraction of a
    /// prefix's cost (a prefix merges the index entries of every word that starts with it); a rarer word still finds
    /// every article with a word it starts.
    /// </summary>
    private async Task<List<Candidate>> DrawAsync(IReadOnlyList<string> tokens, DateTime now, CancellationToken ct)
    {
        SearchScope[] scopes = [SearchScope.Headline, SearchScope.Anywhere];
        var whole = await scopes.Select(scope => Draw(tokens, scope, WordMatch.Whole, now)).Aggregate((first, second) => first.Concat(second)).ToListAsync(ct);
        var unfilled = scopes.Where(scope => whole.Count(c => c.Scope == scope) <= MatchCap).ToList();
        if (unfilled.Count == 0) return whole;
        var prefixed = await unfilled.Select(scope => Draw(tokens, scope, WordMatch.Prefix, now)).Aggregate((first, second) => first.Concat(second)).ToListAsync(ct);
        return [.. whole.Where(c => !unfilled.Contains(c.Scope)), .. prefixed];
    }

    /// <summary>Up to one more than <see cref="MatchCap"/> visible matches, unordered: ranking happens on this bounded set.</summary>
    private IQueryable<Candidate> Draw(IReadOnlyList<string> tokens, SearchScope scope, WordMatch match, DateTime now) => Matches(tokens, scope, match)
        .VisibleAt(now)
        .Select(m => new Candidate { Id = m.Id, Rank = m.Rank, PublishAtUtc = m.PublishAtUtc, Scope = scope })
        .Take(MatchCap + 1);

    private static IEnumerable<Candidate> Ranked(IEnumerable<Candidate> candidates) => candidates
        .OrderByDescending(c => c.Rank).ThenByDescending(c => c.PublishAtUtc).ThenByDescending(c => c.Id);

    /// <summary>
    /// Articles matching every token (as <paramref name="match"/> says) in <paramref name="scope"/>, through the full-text index,
    /// with a rank where higher is better (title weighing more than dek, dek more than the rest), and each article's
    /// status, publish and unpublish times (the draw keeps the visible ones).
    /// </summary>
    protected abstract IQueryable<SearchMatch> Matches(IReadOnlyList<string> tokens, SearchScope scope, WordMatch match);

    /// <summary>
    /// Letters and digits only, lower-cased, stop words dropped, at most <see cref="MaxTokens"/>: no reader input
    /// reaches a query parser as syntax, and "AND"/"OR"/"NOT" are words like any other.
    /// </summary>
    public static IReadOnlyList<string> Tokens(string? query) => string.IsNullOrWhiteSpace(query)
        ? []
        : WordPattern().Matches(query).Select(m => m.Value.ToLowerInvariant())
            .Where(t => !StopWords.Contains(t)).Distinct().Take(MaxTokens).ToList();

    /// <summary>
    /// PostgreSQL's English stop words: its full-text search ignores them, so SQLite must too for both
    /// providers to find the same articles.
    /// </summary>
    private static readonly HashSet<string> StopWords =
    [
        "i", "me", "my", "myself", "we", "our", "ours", "ourselves", "you", "your", "yours", "yourself", "yourselves",
        "he", "him", "his", "himself", "she", "her", "hers", "herself", "it", "its", "itself", "they", "them", "their",
        "theirs", "themselves", "what", "which", "who", "whom", "this", "that", "these", "those", "am", "is", "are", "was",
        "were", "be", "been", "being", "have", "has", "had", "having", "do", "does", "did", "doing", "a", "an", "the",
        "and", "but", "if", "or", "because", "as", "until", "while", "of", "at", "by", "for", "with", "about", "against",
        "between", "into", "through", "during", "before", "after", "above", "below", "to", "from", "up", "down", "in",
        "out", "on", "off", "over", "under", "again", "further", "then", "once", "here", "there", "when", "where", "why",
        "how", "all", "any", "both", "each", "few", "more", "most", "other", "some", "such", "no", "nor", "not", "only",
        "own", "same", "so", "than", "too", "very", "s", "t", "can", "will", "just", "don", "should", "now",
    ];

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex WordPattern();
}
