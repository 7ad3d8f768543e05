using System.Net;
using Fandom.Data.Entities;
using Fandom.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Fandom.Tests.Controllers;

/// <summary>
/// Input nobody should send still gets an answer a person can act on: the form again with what they typed and a
/// message, a redirect somewhere safe, or the site's 404 page; never an empty page or a server error.
/// </summary>
public abstract class BadInputTests(FandomApp app)
{
    [Fact]
    public async Task A_NUL_character_in_the_article_form_is_dropped_and_the_text_around_it_is_saved()
    {
        using var author = await app.SignInAsNewAsync(Roles.Author);
        var created = await author.SubmitAsync(await author.GetAsync("/editorial/articles/new"), "form.editor-form", new()
        {
            ["Title"] = "Null\0 and void", ["Body"] = "Before\0after.",
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var saved = await app.WithDbAsync(db => db.Articles.Where(a => a.Title == "Null and void").Select(a => a.Body).SingleAsync());
        Assert.Equal("Beforeafter.", saved);
    }

    private static string Nested(int depth) => string.Concat(Enumerable.Repeat("> ", depth)) + "Too deep.";

    [Fact]
    public async Task A_body_nested_thousands_deep_is_refused_with_a_message_and_the_text_kept()
    {
        using var author = await app.SignInAsNewAsync(Roles.Author);
        var body = Nested(5000);
        var refused = await author.SubmitAsync(await author.GetAsync("/editorial/articles/new"), "form.editor-form", new()
        {
            ["Title"] = "Turtles all the way down", ["Body"] = body,
        });
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = await BrowserSession.ParseAsync(refused);
        Assert.Equal(body, page.QuerySelector("textarea#Body")!.TextContent);
        Assert.Contains("nested", page.QuerySelector("[data-valmsg-for=Body]")!.TextContent);
        Assert.False(await app.WithDbAsync(db => db.Articles.AnyAsync(a => a.Title == "Turtles all the way down")));
    }

    [Fact]
    public async Task The_preview_of_a_body_nested_thousands_deep_says_so()
    {
        using var author = await app.SignInAsNewAsync(Roles.Author);
        var response = await author.PostAsync("/editorial/articles/preview", new() { ["body"] = Nested(5000) });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Contains("nested", json.GetProperty("html").GetString());
    }

    [Theory]
    [InlineData("/error/101")]
    [InlineData("/error/0")]
    [InlineData("/error/204")]
    [InlineData("/error/304")]
    [InlineData("/error/1000")]
    [InlineData("/error/-1")]
    public async Task An_error_page_for_a_code_that_is_not_an_error_is_not_found(string url)
    {
        var response = await app.Reader().GetAsync(url);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Page not found", (await BrowserSession.ParseAsync(response)).QuerySelector("main h1")!.TextContent);
    }

    [Theory]
    [InlineData(400)]
    [InlineData(429)]
    [InlineData(503)]
    public async Task An_error_page_for_a_real_error_code_answers_with_that_code(int code)
    {
        var response = await app.Reader().GetAsync($"/error/{code}");
        Assert.Equal((HttpStatusCode)code, response.StatusCode);
        Assert.NotNull((await BrowserSession.ParseAsync(response)).QuerySelector("main h1"));
    }

    [Theory]
    [InlineData("https://evil.example/")]
    [InlineData("//evil.example")]
    [InlineData("/\\evil.example")]
    public async Task Signing_out_with_an_address_off_the_site_goes_home(string returnUrl)
    {
        using var staff = await app.SignInAsNewAsync(Roles.Author);
        var signedOut = await staff.SubmitAsync(await staff.GetAsync("/"), "form[action*=Logout]", new() { ["returnUrl"] = returnUrl });
        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);
        Assert.Equal("/", signedOut.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, (await staff.Client.GetAsync("/editorial")).StatusCode);
    }

    [Fact]
    public async Task Public_registration_gives_each_new_account_its_own_author_slug()
    {
        using (var admin = await app.SignInAsNewAsync(Roles.Admin))
            await admin.SubmitAsync(await admin.GetAsync("/admin/settings"), "form.settings-form", new() { ["PublicRegistration"] = "true" });
        var emails = new[] { $"first-{Guid.NewGuid():N}@readers.example", $"second-{Guid.NewGuid():N}@readers.example" };
        foreach (var email in emails)
        {
            using var visitor = new BrowserSession(app.Reader());
            var registered = await visitor.SubmitAsync(await visitor.GetAsync("/Identity/Account/Register"), "form#registerForm", new()
            {
                ["Input.Email"] = email, ["Input.Password"] = FandomApp.Password, ["Input.ConfirmPassword"] = FandomApp.Password,
            });
            Assert.Equal(HttpStatusCode.Redirect, registered.StatusCode);
        }
        var slugs = await app.WithDbAsync(db => db.Users.Where(u => emails.Contains(u.Email)).Select(u => u.Slug).ToListAsync());
        Assert.Equal(2, slugs.Count);
        Assert.All(slugs, slug => Assert.NotEmpty(slug));
        Assert.NotEqual(slugs[0], slugs[1]);
    }
}

public sealed class BadInputTestsOnSqlite(SqliteApp app) : BadInputTests(app), IClassFixture<SqliteApp>;

public sealed class BadInputTestsOnPostgres(PostgresApp app) : BadInputTests(app), IClassFixture<PostgresApp>;
