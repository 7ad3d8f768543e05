using System.Net;
using System.Text.RegularExpressions;
using Fandom.Data.Entities;
using Fandom.Tests.Support;
using Fandom.Web.Services.Editorial;
using Microsoft.EntityFrameworkCore;

namespace Fandom.Tests.Authorization;

/// <summary>
/// An editor page asks who owns the article and in which state it is once, for the check and for every button on
/// the page, and opening the editor writes nothing: the editor's presence is recorded by the page's heartbeat.
/// </summary>
public sealed partial class ArticleAccessTests(QueryCountingApp app) : IClassFixture<QueryCountingApp>
{
    /// <summary>The article access query carries its tag as an SQL comment.</summary>
    private static bool IsAccessQuery(string sql) => sql.Contains($"-- {EditorialService.AccessQueryTag}", StringComparison.Ordinal);

    [GeneratedRegex(@"^\s*(INSERT|UPDATE|DELETE)\b", RegexOptions.IgnoreCase | RegexOptions.Multiline)]
    private static partial Regex Write();

    private static string Sql(IEnumerable<string> commands) => string.Join("\n---\n", commands);

    [Theory]
    [InlineData(Roles.Author, ArticleStatus.Draft, "Submit for review", "Publish")]
    [InlineData(Roles.Editor, ArticleStatus.InReview, "Publish", "Submit for review")]
    public async Task Opening_the_editor_asks_for_the_article_access_once_and_writes_nothing(string role, ArticleStatus status, string shown, string hidden)
    {
        var staff = await app.CreateStaffAsync(role);
        var article = await app.ArticleAsync(author: role == Roles.Author ? staff : await app.CreateStaffAsync(Roles.Author), status: status);
        using var session = await app.SignInAsync(staff);

        app.Sql.Reset();
        var page = await session.GetAsync($"/editorial/articles/{article.Id}");
        var commands = app.Sql.Commands;

        Assert.Single(commands, IsAccessQuery);
        Assert.False(commands.Any(c => Write().IsMatch(c)), Sql(commands.Where(c => Write().IsMatch(c))));
        // The buttons were decided from that one load.
        var buttons = page.QuerySelectorAll("form.editor-form button[type=submit]").Select(b => b.TextContent.Trim()).ToList();
        Assert.Contains(shown, buttons);
        Assert.DoesNotContain(hidden, buttons);
    }

    [Fact]
    public async Task A_refused_save_shown_again_asks_for_the_article_access_once()
    {
        var author = await app.CreateStaffAsync(Roles.Author);
        var article = await app.ArticleAsync(author: author, status: ArticleStatus.Draft);
        using var session = await app.SignInAsync(author);
        var page = await session.GetAsync($"/editorial/articles/{article.Id}");

        app.Sql.Reset();
        var response = await session.SubmitAsync(page, "form.editor-form", new() { ["Title"] = "" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(app.Sql.Commands, IsAccessQuery);
        Assert.NotNull((await BrowserSession.ParseAsync(response)).QuerySelector("button[formaction$='/submit']"));
    }

    [Fact]
    public async Task Presence_is_recorded_by_the_heartbeat_not_by_opening_the_editor()
    {
        var article = await app.ArticleAsync(author: await app.CreateStaffAsync(Roles.Author), status: ArticleStatus.InReview);
        var first = await app.CreateStaffAsync(Roles.Editor, "Noor Heartbeat");
        using var noor = await app.SignInAsync(first);
        var url = $"/editorial/articles/{article.Id}";

        var opened = await noor.GetAsync(url);
        Assert.False(await app.WithDbAsync(db => db.ArticlePresences.AnyAsync(p => p.ArticleId == article.Id)));
        Assert.Equal(HttpStatusCode.OK, (await noor.PostWithTokenAsync(opened, $"{url}/presence")).StatusCode);
        await app.DeferredWritesDoneAsync();
        Assert.True(await app.WithDbAsync(db => db.ArticlePresences.AnyAsync(p => p.ArticleId == article.Id && p.UserId == first.Id)));

        using var second = await app.SignInAsNewAsync(Roles.Editor);
        Assert.Equal("Noor Heartbeat is also editing this article.", (await second.GetAsync(url)).QuerySelector("#presence")!.TextContent.Trim());
    }
}
