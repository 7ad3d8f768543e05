using System.Net;
using Fandom.Data.Entities;
using Fandom.Tests.Support;

namespace Fandom.Tests.Areas.Editorial;

/// <summary>The first article end to end: an author writes, an editor publishes, a reader reads.</summary>
public abstract class PublishingFlowTests(FandomApp app)
{
    [Fact]
    public async Task Author_writes_editor_publishes_and_an_anonymous_reader_sees_it()
    {
        var categoryId = await app.CategoryAsync("TV & Movies");
        using var author = await app.SignInAsNewAsync(Roles.Author);

        var form = await author.GetAsync("/editorial/articles/new");
        var created = await author.SubmitAsync(form, "form.editor-form", new()
        {
            ["Title"] = "Saltwater Saints renewed for a third season",
            ["Dek"] = "The fishing-village drama returns next spring.",
            ["Body"] = "## What we know\n\nFilming starts **in March**.\n\n| Season | Episodes |\n|---|---|\n| 3 | 8 |",
            ["CategoryIds"] = categoryId.ToString(),
            ["Tags"] = "Streaming, Saltwater Saints",
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var editUrl = created.Headers.Location!.OriginalString;

        var draft = await author.GetAsync(editUrl);
        Assert.Null(draft.QuerySelectorAll("button").FirstOrDefault(b => b.TextContent.Trim() == "Publish"));
        var submitted = await author.SubmitAsync(draft, "form.editor-form", button: "Submit for review");
        Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);

        var reader = app.Reader();
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync("/articles/saltwater-saints-renewed-for-a-third-season")).StatusCode);

        using var editor = await app.SignInAsNewAsync(Roles.Editor);
        var review = await editor.GetAsync(editUrl);
        var published = await editor.SubmitAsync(review, "form.editor-form", button: "Publish");
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);

        var home = await new BrowserSession(app.Reader()).GetAsync("/");
        Assert.Contains(home.QuerySelectorAll(".lead-title a, .card-title a"), a => a.TextContent == "Saltwater Saints renewed for a third season");

        var page = await new BrowserSession(app.Reader()).GetAsync("/articles/saltwater-saints-renewed-for-a-third-season");
        Assert.Equal("Saltwater Saints renewed for a third season", page.QuerySelector("h1.article-title")!.TextContent);
        Assert.Equal("The fishing-village drama returns next spring.", page.QuerySelector(".article-dek")!.TextContent);
        Assert.Equal("in March", page.QuerySelector(".article-body h2 + p strong")!.TextContent);
        Assert.NotNull(page.QuerySelector(".article-body table td"));
        Assert.Contains(page.QuerySelectorAll(".kicker a"), a => a.TextContent == "TV & Movies");
        Assert.Contains(page.QuerySelectorAll(".tags a"), a => a.TextContent == "Saltwater Saints");
        Assert.NotNull(page.QuerySelector("time[datetime]"));
    }

    [Fact]
    public async Task An_author_cannot_publish_even_their_own_article()
    {
        using var author = await app.SignInAsNewAsync(Roles.Author);
        var form = await author.GetAsync("/editorial/articles/new");
        var created = await author.SubmitAsync(form, "form.editor-form", new() { ["Title"] = "My own scoop", ["Body"] = "Text." });
        var editUrl = created.Headers.Location!.OriginalString;

        var draft = await author.GetAsync(editUrl);
        var token = draft.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var response = await author.Client.PostAsync($"{editUrl}/publish", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Title"] = "My own scoop",
            ["__RequestVerificationToken"] = token,
        }));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await app.Reader().GetAsync("/articles/my-own-scoop")).StatusCode);
    }

    [Fact]
    public async Task An_author_cannot_open_another_authors_draft()
    {
        using var owner = await app.SignInAsNewAsync(Roles.Author);
        var created = await owner.SubmitAsync(await owner.GetAsync("/editorial/articles/new"), "form.editor-form", new() { ["Title"] = "Private draft" });
        var editUrl = created.Headers.Location!.OriginalString;

        using var other = await app.SignInAsNewAsync(Roles.Author);
        Assert.Equal(HttpStatusCode.Forbidden, (await other.Client.GetAsync(editUrl)).StatusCode);
    }

    [Theory]
    [InlineData("/editorial")]
    [InlineData("/editorial/articles/new")]
    [InlineData("/editorial/articles/1")]
    public async Task Anonymous_visitors_to_staff_pages_are_sent_to_sign_in(string url)
    {
        var response = await app.Reader().GetAsync(url);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Identity/Account/Login", response.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task A_signed_in_user_without_a_role_gets_403_on_staff_pages()
    {
        var staff = await app.CreateStaffAsync(Roles.Author);
        await app.WithDbAsync(async db =>
        {
            db.UserRoles.RemoveRange(db.UserRoles.Where(r => r.UserId == staff.Id));
            return await db.SaveChangesAsync();
        });
        using var session = await app.SignInAsync(staff);
        Assert.Equal(HttpStatusCode.Forbidden, (await session.Client.GetAsync("/editorial")).StatusCode);
    }

    [Fact]
    public async Task A_post_without_an_antiforgery_token_is_rejected()
    {
        using var author = await app.SignInAsNewAsync(Roles.Author);
        var response = await author.Client.PostAsync("/editorial/articles/new",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["Title"] = "Forged" }));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task A_post_with_a_wrong_antiforgery_token_is_rejected()
    {
        using var author = await app.SignInAsNewAsync(Roles.Author);
        var response = await author.Client.PostAsync("/editorial/articles/new", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Title"] = "Forged",
            ["__RequestVerificationToken"] = "CfDJ8-not-a-real-token",
        }));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(await app.WithDbAsync(db => Task.FromResult(db.Articles.Any(a => a.Title == "Forged"))));
    }

    [Fact]
    public async Task An_invalid_form_re_renders_with_the_users_text_intact()
    {
        using var author = await app.SignInAsNewAsync(Roles.Author);
        var response = await author.SubmitAsync(await author.GetAsync("/editorial/articles/new"), "form.editor-form", new()
        {
            ["Title"] = "",
            ["Body"] = "Three paragraphs I would hate to lose.",
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await BrowserSession.ParseAsync(response);
        Assert.Equal("Three paragraphs I would hate to lose.", page.QuerySelector("textarea#Body")!.TextContent);
        Assert.Contains("Title", page.QuerySelector(".field-error")!.TextContent);
    }

    [Fact]
    public async Task A_stale_save_is_refused_and_shows_both_versions()
    {
        using var editor = await app.SignInAsNewAsync(Roles.Editor);
        var created = await editor.SubmitAsync(await editor.GetAsync("/editorial/articles/new"), "form.editor-form", new() { ["Title"] = "Shared story", ["Body"] = "First." });
        var editUrl = created.Headers.Location!.OriginalString;

        var mine = await editor.GetAsync(editUrl);
        var theirs = await editor.GetAsync(editUrl);
        Assert.Equal(HttpStatusCode.Redirect, (await editor.SubmitAsync(theirs, "form.editor-form", new() { ["Body"] = "Their edit." })).StatusCode);

        var refused = await editor.SubmitAsync(mine, "form.editor-form", new() { ["Body"] = "My edit." });
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = await BrowserSession.ParseAsync(refused);
        Assert.Equal("My edit.", page.QuerySelector("textarea#Body")!.TextContent);
        Assert.Equal("Their edit.", page.QuerySelector(".conflict-body")!.TextContent);
        Assert.Equal("Their edit.", await app.WithDbAsync(db => Task.FromResult(db.Articles.Single(a => a.Title == "Shared story").Body)));
    }

    [Fact]
    public async Task Every_save_keeps_a_revision()
    {
        using var author = await app.SignInAsNewAsync(Roles.Author);
        var created = await author.SubmitAsync(await author.GetAsync("/editorial/articles/new"), "form.editor-form", new() { ["Title"] = "Revised twice", ["Body"] = "One." });
        var editUrl = created.Headers.Location!.OriginalString;
        await author.SubmitAsync(await author.GetAsync(editUrl), "form.editor-form", new() { ["Body"] = "Two." });

        var bodies = await app.WithDbAsync(db => Task.FromResult(db.ArticleRevisions
            .Where(r => r.Article!.Title == "Revised twice").OrderBy(r => r.Id).Select(r => r.Body).ToList()));
        Assert.Equal(["One.", "Two."], bodies);
    }

    [Fact]
    public async Task A_changed_slug_leaves_the_old_address_redirecting_permanently()
    {
        var article = await app.ArticleAsync("Moth and Marigold gets a film");
        using var editor = await app.SignInAsNewAsync(Roles.Editor);
        var saved = await editor.SubmitAsync(await editor.GetAsync($"/editorial/articles/{article.Id}"), "form.editor-form", new() { ["Slug"] = "moth-and-marigold-movie" });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var old = await app.Reader().GetAsync(article.Url);
        Assert.Equal(HttpStatusCode.MovedPermanently, old.StatusCode);
        Assert.Equal("/articles/moth-and-marigold-movie", old.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await app.Reader().GetAsync("/articles/moth-and-marigold-movie")).StatusCode);
    }

    [Fact]
    public async Task A_scheduled_article_is_hidden_until_its_publish_time()
    {
        var at = app.Clock.GetUtcNow().UtcDateTime.AddHours(1);
        var article = await app.ArticleAsync("Tomorrow's premiere", publishAtUtc: at);
        var reader = app.Reader();

        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync(article.Url)).StatusCode);
        app.Clock.Advance(TimeSpan.FromHours(1) - TimeSpan.FromSeconds(1));
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync(article.Url)).StatusCode);
        app.Clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync(article.Url)).StatusCode);
    }

    [Fact]
    public async Task Article_html_is_sanitized_before_any_reader_sees_it()
    {
        var article = await app.ArticleAsync("Raw HTML test",
            "Hello <script>alert(1)</script><img src=x onerror=alert(2)> [click](javascript:alert(3)) <b style=\"color:red\">bold</b>");
        var page = await new BrowserSession(app.Reader()).GetAsync(article.Url);
        var body = page.QuerySelector(".article-body")!;

        Assert.Empty(body.QuerySelectorAll("script"));
        Assert.DoesNotContain(body.QuerySelectorAll("*"), e => e.Attributes.Any(a => a.Name.StartsWith("on") || a.Name == "style"));
        Assert.DoesNotContain(body.QuerySelectorAll("a"), a => (a.GetAttribute("href") ?? "").Contains("javascript", StringComparison.OrdinalIgnoreCase));
        Assert.Equal("bold", body.QuerySelector("b")!.TextContent);
    }

    [Fact]
    public async Task An_unknown_article_is_a_real_404_page()
    {
        var response = await app.Reader().GetAsync("/articles/no-such-story");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var page = await BrowserSession.ParseAsync(response);
        Assert.Equal("Page not found", page.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task Reader_pages_carry_a_strict_content_security_policy()
    {
        var response = await app.Reader().GetAsync("/");
        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", csp);
        Assert.DoesNotContain("unsafe-inline", csp);
    }
}

public sealed class PublishingFlowTestsOnSqlite(SqliteApp app) : PublishingFlowTests(app), IClassFixture<SqliteApp>;

public sealed class PublishingFlowTestsOnPostgres(PostgresApp app) : PublishingFlowTests(app), IClassFixture<PostgresApp>;
