using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Fandom.Data;

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
        var hits = await (
                from match in Matches(tokens)
                join article in db.Articles.VisibleAt(now) on match.Id equals article.Id
                orderby match.Rank descending, article.PublishAtUtc descending
                select new
                {
                    match.Snippet,
                    Card = new ArticleCard(
                        article.Title, article.Slug, article.Dek, article.Excerpt, article.PublishAtUtc!.Value,
                        article.Authors.OrderBy(u => u.DisplayName).Select(u => new AuthorLink(u.DisplayName, u.Slug)).ToList(),
                        article.Categories.OrderBy(c => c.DisplayOrder).Select(c => new TermLink(c.Name, c.Slug)).ToList()),
                })
            .ToPageAsync(page, size, ct);
        return new Page<SearchHit>(hits.Items.Select(h => new SearchHit(h.Card, Highlight(h.Snippet))).ToList(), hits.Number, hits.Size, hits.TotalCount);
    }

    /// <summary>Articles matching every token (as a word prefix), with a rank where higher is better and a marked snippet.</summary>
    protected abstract IQueryable<SearchMatch> Matches(IReadOnlyList<string> tokens);

    /// <summary>Letters and digits only, lower-cased, at most <see cref="MaxTokens"/>: no reader input reaches a query parser as syntax.</summary>
    public static IReadOnlyList<string> Tokens(string? query) => string.IsNullOrWhiteSpace(query)
        ? []
        : WordPattern().Matches(query).Select(m => m.Value.ToLowerInvariant()).Distinct().Take(MaxTokens).ToList();

    /// <summary>HTML-encodes a snippet and turns the database's match markers into <c>&lt;mark&gt;</c>.</summary>
    public static string Highlight(string snippet)
    {
        var html = new StringBuilder();
        var open = false;
        foreach (var part in Regex.Split(snippet, $"({MarkStart}|{MarkEnd})"))
        {
            if (part == MarkStart && !open) { html.Append("<mark>"); open = true; }
            else if (part == MarkEnd && open) { html.Append("</mark>"); open = false; }
            else if (part is not MarkStart and not MarkEnd) html.Append(WebUtility.HtmlEncode(part));
        }
        if (open) html.Append("</mark>");
        return html.ToString();
    }

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex WordPattern();
}
