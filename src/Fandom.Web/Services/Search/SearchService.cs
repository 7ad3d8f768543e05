using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Fandom.Data;
using Microsoft.EntityFrameworkCore;

namespace Fandom.Web.Services.Search;

/// <summary>One search result: the article's card and a snippet of its text, HTML-encoded, with matches in <c>&lt;mark&gt;</c>.</summary>
public sealed record SearchHit(ArticleCard Card, string SnippetHtml);

/// <summary>Full-text search over visible articles; one implementation per database provider.</summary>
public interface ISearchService
{
    /// <summary>
    /// Ranked (title matches before dek matches before body matches) and paged. Any reader input is safe:
    /// it is reduced to plain word tokens, and a query with none finds nothing.
    /// </summary>
    Task<Page<SearchHit>> SearchAsync(string query, int page, CancellationToken ct = default);
}

/// <summary>The row each provider's SQL returns before it is joined to the visible articles.</summary>
public sealed class SearchMatch
{
    public int Id { get; init; }
    public double Rank { get; init; }
    public string Snippet { get; init; } = "";
}

/// <summary>What both providers share: turning reader input into tokens, and marked snippets into safe HTML.</summary>
public abstract partial class SearchServiceBase(FandomDbContext db, TimeProvider time, SiteSettingsService settings) : ISearchService
{
    protected FandomDbContext Db => db;

    /// <summary>Private-use characters the database wraps matches in; everything else is HTML-encoded.</summary>
    protected const string MarkStart = "\uE000", MarkEnd = "\uE001";

    private const int MaxTokens = 8;

    public async Task<Page<SearchHit>> SearchAsync(string query, int page, CancellationToken ct = default)
    {
        var size = settings.Current.ArticlesPerPage;
        var tokens = Tokens(query);
        if (tokens.Count == 0) return new Page<SearchHit>([], Math.Max(1, page), size, 0);

        var now = time.GetUtcNow().UtcDateTime;
        // The match rows are keyless, so EF cannot project the cards' collections beside them: one query pages
        // the ranked matches, one more reads the cards of that page.
        var matches = await (
                from match in Matches(tokens)
                join article in db.Articles.VisibleAt(now) on match.Id equals article.Id
                orderby match.Rank descending, article.PublishAtUtc descending, article.Id descending
                select new { match.Id, match.Snippet })
            .ToPageAsync(page, size, ct);
        var ids = matches.Items.Select(m => m.Id).ToList();
        var rows = ids.Count == 0 ? [] : await db.Articles
            .Where(a => ids.Contains(a.Id))
            .Select(a => new
            {
                a.Id,
                Card = new ArticleCard(
                    a.Id, a.Title, a.Slug, a.Dek, a.Excerpt, a.PublishAtUtc!.Value,
                    a.Authors.OrderBy(u => u.DisplayName).Select(u => new AuthorLink(u.DisplayName, u.Slug)).ToList(),
                    a.Categories.OrderBy(c => c.DisplayOrder).Select(c => new TermLink(c.Name, c.Slug)).ToList()),
            })
            .ToListAsync(ct);
        var cards = rows.ToDictionary(a => a.Id, a => a.Card);
        var hits = matches.Items.Select(m => new SearchHit(cards[m.Id], Highlight(m.Snippet))).ToList();
        return new Page<SearchHit>(hits, matches.Number, matches.Size, matches.TotalCount);
    }

    /// <summary>Articles matching every token (as a word prefix), with a rank where higher is better and a marked snippet.</summary>
    protected abstract IQueryable<SearchMatch> Matches(IReadOnlyList<string> tokens);

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

    /// <summary>HTML-encodes a snippet and turns the database's match markers into <c>&lt;mark&gt;</c>.</summary>
    public static string Highlight(string snippet)
    {
        var html = new StringBuilder();
        var open = false;
        foreach (var part in Regex.Split(snippet, $"({MarkStart}|{MarkEnd})"))
        {
            if (part == MarkStart && !open) { html.Append("<mark>"); open = true; }
            else if (part == MarkEnd && open) { html.Append("</mark>"); open = false; }
            // Title, dek and body are separate lines in the search text; a dot keeps them apart in one line of snippet.
            else if (part is not MarkStart and not MarkEnd) html.Append(WebUtility.HtmlEncode(LineBreaks().Replace(part, " · ")));
        }
        if (open) html.Append("</mark>");
        return html.ToString();
    }

    [GeneratedRegex(@"\s*\n\s*")]
    private static partial Regex LineBreaks();

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex WordPattern();
}
