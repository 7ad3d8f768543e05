using System.Net;
using Fandom.Data.Entities;
using Fandom.Tests.Support;
using Fandom.Web.Services;
using Fandom.Web.Services.Editorial;
using Fandom.Web.Services.Search;

namespace Fandom.Tests.Controllers;

/// <summary>Reader search, the same behaviour on SQLite FTS5 and PostgreSQL full-text search.</summary>
public abstract class SearchTests(FandomApp app)
{
    /// <summary>A made-up word of consonants only, so neither provider's stemmer changes it and no other test contains it.</summary>
    internal static string Word() => "zq" + string.Concat(Guid.NewGuid().ToByteArray().Take(8).Select(b => "bcdfghjklmnpqrtvwxz"[b % 19]));

    private async Task<List<string>> ResultTitlesAsync(string query)
    {
        var page = await new BrowserSession(app.Reader()).GetAsync("/search?q=" + Uri.EscapeDataString(query));
        return page.QuerySelectorAll(".search-result h2 a").Select(a => a.TextContent).ToList();
    }

    [Fact]
    public async Task A_title_match_ranks_above_a_body_match()
    {
        var word = Word();
        var body = await app.ArticleAsync("A story about something else", $"Deep in the text the word {word} appears once.", dek: "Nothing here");
        app.Clock.Advance(TimeSpan.FromMinutes(1));
        var title = await app.ArticleAsync($"The {word} issue", "A body that does not repeat it.", dek: "Nothing here");
        app.Clock.Advance(TimeSpan.FromMinutes(1));
        // Newer than both, so recency alone would put it first.
        var dek = await app.ArticleAsync("Another headline", "Plain body.", dek: $"A dek that names {word}");

        Assert.Equal([title.Title, dek.Title, body.Title], await ResultTitlesAsync(word));
    }

    [Fact]
    public async Task Snippets_highlight_the_match_and_escape_everything_else()
    {
        var word = Word();
        await app.ArticleAsync("Snippet story", $"Fans wrote <b>bold</b> &amp; 1 < 2 about {word} all night.");
        var page = await new BrowserSession(app.Reader()).GetAsync("/search?q=" + word);
        var snippet = page.QuerySelector(".search-result .snippet")!;
        Assert.Equal(word, snippet.QuerySelector("mark")!.TextContent);
        Assert.Equal(["MARK"], snippet.QuerySelectorAll("*").Select(e => e.TagName).Distinct().ToArray());
        Assert.Contains("1 < 2", snippet.TextContent);
    }

    [Fact]
    public async Task Words_match_as_prefixes_and_every_word_must_match()
    {
        var word = Word();
        var both = await app.ArticleAsync($"Harbour {word}", "The lighthouse keeper's diary.");
        await app.ArticleAsync($"Harbour only {word}x", "Nothing else.");
        Assert.Equal([both.Title], await ResultTitlesAsync($"{word} lighthouse"));
        Assert.Contains(both.Title, await ResultTitlesAsync(word[..^2]));
    }

    [Theory]
    [InlineData("\"")]
    [InlineData("\"unclosed phrase")]
    [InlineData("*")]
    [InlineData("prefix*")]
    [InlineData("(")]
    [InlineData("(a OR")]
    [InlineData("AND")]
    [InlineData("NOT NEAR")]
    [InlineData("-")]
    [InlineData("-minus")]
    [InlineData(":")]
    [InlineData("title:word")]
    [InlineData("'; DROP TABLE \"Articles\"; --")]
    [InlineData("!&|<>")]
    [InlineData("^~{}[]\\")]
    [InlineData("ʼ ½ ² ー 🎉 café")]
    [InlineData("NEAR(a b, 2) a:* !b & (c | d) <-> e")]
    public async Task Query_syntax_from_readers_never_breaks_the_page(string query)
    {
        var response = await app.Reader().GetAsync("/search?q=" + Uri.EscapeDataString(query));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await BrowserSession.ParseAsync(response);
        Assert.Equal(query.Trim(), page.QuerySelector("#q")!.GetAttribute("value"));
    }

    [Fact]
    public async Task Operators_in_a_query_are_read_as_words()
    {
        var word = Word();
        var article = await app.ArticleAsync($"Punctuated {word}", "Body.");
        foreach (var query in new[] { $"\"{word}\"", $"{word}*", $"({word})", $"-{word}", $"punctuated:{word}", $"{word} AND", $"{word} OR", $"NOT {word}", $"{word} ^ ~" })
            Assert.Contains(article.Title, await ResultTitlesAsync(query));
    }

    [Theory]
    [InlineData("/search")]
    [InlineData("/search?q=")]
    [InlineData("/search?q=%20%20")]
    public async Task An_empty_query_shows_the_search_form_and_no_results(string url)
    {
        var page = await new BrowserSession(app.Reader()).GetAsync(url);
        Assert.NotNull(page.QuerySelector("main form[role=search] input#q"));
        Assert.Null(page.QuerySelector(".search-summary"));
        Assert.Empty(page.QuerySelectorAll(".search-result"));
    }

    [Fact]
    public async Task Unpublished_content_is_never_found()
    {
        var word = Word();
        var published = await app.ArticleAsync($"Visible {word}");
        await app.ArticleAsync($"Draft {word}", status: ArticleStatus.Draft);
        await app.ArticleAsync($"Archived {word}", status: ArticleStatus.Archived);
        await app.ArticleAsync($"Scheduled {word}", publishAtUtc: app.Now().AddHours(2));

        Assert.Equal([published.Title], await ResultTitlesAsync(word));
    }

    [Fact]
    public async Task An_edit_is_found_by_its_new_words_and_no_longer_by_its_old_ones()
    {
        var (before, after) = (Word(), Word());
        var article = await app.ArticleAsync($"Edited {before}");
        await app.WithServiceAsync<Fandom.Web.Services.Editorial.EditorialService, bool>(async editorial =>
        {
            var editable = (await editorial.EditableAsync(article.Id))!;
            var author = await app.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.FirstAsync(
                db.Users.Where(u => u.Articles.Any(a => a.Id == article.Id))));
            var draft = new Fandom.Web.Services.Editorial.ArticleDraft($"Edited {after}", editable.Dek, editable.Body, editable.CategoryIds, editable.TagNames,
                null, editable.Slug, editable.PublishAtUtc, null, null, null, editable.ConcurrencyStamp);
            Assert.Null((await editorial.SaveAsync(article.Id, draft, Fandom.Web.Services.Editorial.ArticleTransition.None, new(author.Id, author.DisplayName))).Error);
            return true;
        });
        Assert.Empty(await ResultTitlesAsync(before));
        Assert.Equal([$"Edited {after}"], await ResultTitlesAsync(after));
    }

    [Fact]
    public async Task Results_are_paged_and_the_page_is_not_for_indexing()
    {
        var word = Word();
        for (var i = 0; i < 13; i++) await app.ArticleAsync($"Result {i} {word}");
        var reader = new BrowserSession(app.Reader());
        var first = await reader.GetAsync("/search?q=" + word);
        Assert.Equal("noindex", first.QuerySelector("meta[name=robots]")!.GetAttribute("content"));
        Assert.Equal(12, first.QuerySelectorAll(".search-result").Length);
        Assert.Equal($"/search?q={word}&page=2", first.QuerySelector(".pager a[rel=next]")!.GetAttribute("href"));
        Assert.EndsWith($"/search?q={word}&page=2", first.QuerySelector("head link[rel=next]")!.GetAttribute("href"));
        var second = await reader.GetAsync($"/search?q={word}&page=2");
        Assert.Single(second.QuerySelectorAll(".search-result"));
        Assert.Equal(HttpStatusCode.NotFound, (await app.Reader().GetAsync($"/search?q={word}&page=3")).StatusCode);
    }

    [Fact]
    public async Task The_count_stops_at_the_cap_and_says_there_are_more()
    {
        var (capped, exact) = (Word(), Word());
        await app.BulkArticlesAsync(SearchServiceBase.MatchCap + 5, $"Every one of these mentions {capped}.");
        for (var i = 0; i < 2; i++) await app.ArticleAsync($"Counted {i}", $"Body with {exact}.");
        var reader = new BrowserSession(app.Reader());

        var many = await reader.GetAsync("/search?q=" + capped);
        Assert.Equal($"1,000+ articles match “{capped}”.", many.QuerySelector(".search-summary")!.TextContent.Trim());
        var two = await reader.GetAsync("/search?q=" + exact);
        Assert.Equal($"2 articles match “{exact}”.", two.QuerySelector(".search-summary")!.TextContent.Trim());
    }

    [Fact]
    public async Task A_word_few_articles_have_whole_still_finds_the_many_with_words_it_starts()
    {
        var word = Word();
        // Whole-word matches are drawn first; too few to fill the cap, the prefix is drawn as well.
        await app.BulkArticlesAsync(SearchServiceBase.MatchCap + 5, $"Every one of these mentions {word}x.");
        var whole = await app.ArticleAsync($"The {word} itself", "Plain body.");

        var page = await new BrowserSession(app.Reader()).GetAsync("/search?q=" + word);
        Assert.Equal($"1,000+ articles match “{word}”.", page.QuerySelector(".search-summary")!.TextContent.Trim());
        Assert.Equal(whole.Title, page.QuerySelector(".search-result h2 a")!.TextContent);
        Assert.Equal(12, page.QuerySelectorAll(".search-result").Length);
    }

    [Fact]
    public async Task Capped_results_page_through_to_a_last_page_with_a_title_match_first()
    {
        var word = Word();
        await app.BulkArticlesAsync(SearchServiceBase.MatchCap + 50, $"Body text that names {word} once.");
        // Newest and outside the first thousand the index yields, yet first: title matches are drawn on their own.
        var headline = await app.ArticleAsync($"The {word} headline", "Plain body.");
        var reader = new BrowserSession(app.Reader());
        // The headline match and the first thousand of the rest (or of the rest and the headline match).
        var pages = (int)Math.Ceiling((SearchServiceBase.MatchCap + 1) / 12.0);

        var first = await reader.GetAsync("/search?q=" + word);
        Assert.Equal(headline.Title, first.QuerySelector(".search-result h2 a")!.TextContent);
        Assert.Equal($"Page 1 of {pages}", first.QuerySelector(".pager-status")!.TextContent);
        var seen = first.QuerySelectorAll(".search-result h2 a").Select(a => a.TextContent).ToList();
        var second = await reader.GetAsync(first.QuerySelector(".pager a[rel=next]")!.GetAttribute("href")!);
        var secondTitles = second.QuerySelectorAll(".search-result h2 a").Select(a => a.TextContent).ToList();
        Assert.Equal(12, secondTitles.Count);
        Assert.Empty(secondTitles.Intersect(seen));

        var last = await reader.GetAsync($"/search?q={word}&page={pages}");
        Assert.InRange(last.QuerySelectorAll(".search-result").Length, 1, 12);
        Assert.Null(last.QuerySelector(".pager a[rel=next]"));
        Assert.NotNull(last.QuerySelector(".pager a[rel=prev]"));
        Assert.Equal(HttpStatusCode.NotFound, (await app.Reader().GetAsync($"/search?q={word}&page={pages + 1}")).StatusCode);
    }
}

public sealed class SearchTestsOnSqlite(SqliteApp app) : SearchTests(app), IClassFixture<SqliteApp>;

public sealed class SearchTestsOnPostgres(PostgresApp app) : SearchTests(app), IClassFixture<PostgresApp>;
