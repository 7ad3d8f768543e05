using System.Net;
using Fandom.Data.Entities;
using Fandom.Tests.Support;
using Fandom.Web.Services.Editorial;

namespace Fandom.Tests.Authorization;

/// <summary>
/// An editor page asks who owns the article and in which state it is once, for the check and for every button on the page.
/// </summary>
public sealed class ArticleAccessTests(QueryCountingApp app) : IClassFixture<QueryCountingApp>
{
    /// <summary>The article access query carries its tag as an SQL comment.</summary>
    private static bool IsAccessQuery(string sql) => sql.Contains($"-- {EditorialService.AccessQueryTag}", StringComparison.Ordinal);

    [Theory]
    [InlineData(Roles.Author, ArticleStatus.Draft, "Submit for review", "Publish")]
    [InlineData(Roles.Editor, ArticleStatus.InReview, "Publish", "Submit for review")]
    public async Task Opening_the_editor_asks_for_the_article_access_once(string role, ArticleStatus status, string shown, string hidden)
    {
        var staff = await app.CreateStaffAsync(role);
        var article = await app.ArticleAsync(author: role == Roles.Author ? staff : await app.CreateStaffAsync(Roles.Author), status: status);
        using var session = await app.SignInAsync(staff);

        app.Sql.Reset();
        var page = await session.GetAsync($"/editorial/articles/{article.Id}");
        var commands = app.Sql.Commands;

        Assert.Single(commands, IsAccessQuery);
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
}
