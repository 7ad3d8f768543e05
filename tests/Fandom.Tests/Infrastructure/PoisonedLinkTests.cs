using System.Net;
using System.Text.RegularExpressions;
using Fandom.Data.Entities;
using Fandom.Tests.Support;

namespace Fandom.Tests.Infrastructure;

/// <summary>
/// Every absolute link the site hands out starts at its configured public address, whatever <c>Host</c> the request
/// named: a forged host must not reach a reset mail, an invitation, a share link or a cached page.
/// </summary>
public abstract partial class PoisonedLinkTests(FandomApp app)
{
    private const string Evil = "http://evil.example";

    private HttpClient EvilClient() => app.ReaderAt(Evil + "/");

    [Fact]
    public async Task A_password_reset_asked_for_under_a_forged_host_mails_a_link_to_the_public_address()
    {
        var author = await app.CreateStaffAsync(Roles.Author);
        using var session = new BrowserSession(EvilClient());
        var answer = await ForgotPasswordAsync(session, author.Email);
        Assert.Equal(HttpStatusCode.Redirect, answer.StatusCode);

        var (to, message) = await app.Smtp.NextAsync();
        Assert.Equal(author.Email, to);
        var link = Assert.Single(Links(message.HtmlBody));
        Assert.StartsWith(HardenedAppSetup.PublicBaseUrl + "/Identity/Account/ResetPassword?code=", link);
        Assert.DoesNotContain("evil.example", message.HtmlBody ?? "");
    }

    [Fact]
    public async Task Forgot_password_answers_alike_for_an_unknown_address_and_mails_only_the_real_account()
    {
        var author = await app.CreateStaffAsync(Roles.Author);
        using var session = new BrowserSession(app.Reader());
        var unknown = await ForgotPasswordAsync(session, $"nobody.{Guid.NewGuid():N}@example.com");
        var known = await ForgotPasswordAsync(session, author.Email);

        Assert.Equal(unknown.StatusCode, known.StatusCode);
        Assert.Equal(unknown.Headers.Location, known.Headers.Location);
        var unknownPage = await (await session.Client.GetAsync(unknown.Headers.Location)).Content.ReadAsStringAsync();
        var knownPage = await (await session.Client.GetAsync(known.Headers.Location)).Content.ReadAsStringAsync();
        Assert.Equal(unknownPage, knownPage);
        Assert.Contains("Forgot password confirmation", knownPage);

        // Mail goes out in the order it was asked for, so a message for the unknown address would arrive first.
        var (to, _) = await app.Smtp.NextAsync();
        Assert.Equal(author.Email, to);
    }

    [Fact]
    public async Task An_invitation_made_under_a_forged_host_links_to_the_public_address()
    {
        using var admin = await app.SignInAsync(await app.CreateStaffAsync(Roles.Admin), EvilClient());
        var form = await admin.GetAsync("/admin/users/new");
        var email = $"invited.{Guid.NewGuid():N}@example.com";
        var created = await admin.SubmitAsync(form, "form.user-form", new() { ["Email"] = email, ["DisplayName"] = "Ivy Invited", ["Role"] = Roles.Author });
        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        var shown = (await BrowserSession.ParseAsync(created)).QuerySelector("#invitation-link")!.GetAttribute("value")!;
        Assert.StartsWith(HardenedAppSetup.PublicBaseUrl + "/Identity/Account/AcceptInvitation?code=", shown);

        var (to, message) = await app.Smtp.NextAsync();
        Assert.Equal(email, to);
        Assert.Equal(shown, Assert.Single(Links(message.HtmlBody)));
    }

    [Fact]
    public async Task A_preview_link_made_under_a_forged_host_is_at_the_public_address()
    {
        var author = await app.CreateStaffAsync(Roles.Author);
        var article = await app.ArticleAsync(author: author, status: ArticleStatus.Draft);
        using var session = await app.SignInAsync(author, EvilClient());
        Assert.Equal(HttpStatusCode.Redirect, (await session.PostAsync($"/editorial/articles/{article.Id}/preview-links")).StatusCode);
        var editor = await session.GetAsync($"/editorial/articles/{article.Id}");
        Assert.StartsWith(HardenedAppSetup.PublicBaseUrl + "/preview/", editor.QuerySelector("#new-preview-url")!.GetAttribute("value"));
    }

    [Fact]
    public async Task A_person_page_asked_for_under_a_forged_host_names_the_public_address_and_caches_no_forged_link()
    {
        var speaker = $"Poppy Quoted {Guid.NewGuid():N}"[..22];
        await app.ArticleAsync(body: $"> “Said out loud.”\n>\n> — {speaker}");
        var path = $"/people/{Fandom.Web.Content.Slugs.From(speaker)}";

        var forged = await EvilClient().GetStringAsync(path);
        var honest = await app.Reader().GetStringAsync(path);
        foreach (var html in new[] { forged, honest })
        {
            Assert.DoesNotContain("evil.example", html);
            Assert.Contains($"<link rel=\"canonical\" href=\"{HardenedAppSetup.PublicBaseUrl}{path}\">", html);
        }
    }

    [Fact]
    public async Task Feeds_sitemap_robots_and_article_head_asked_for_under_a_forged_host_name_only_the_public_address()
    {
        var article = await app.ArticleAsync();
        var client = EvilClient();
        foreach (var path in new[] { article.Url, "/feed", "/atom", "/sitemap.xml", "/robots.txt", "/" })
        {
            var body = await client.GetStringAsync(path);
            Assert.DoesNotContain("evil.example", body);
            Assert.Contains(HardenedAppSetup.PublicBaseUrl + "/", body);
        }
    }

    private static async Task<HttpResponseMessage> ForgotPasswordAsync(BrowserSession session, string email)
    {
        var form = await session.GetAsync("/Identity/Account/ForgotPassword");
        return await session.SubmitAsync(form, "form[method=post]", new() { ["Input.Email"] = email });
    }

    private static IEnumerable<string> Links(string? html) =>
        Href().Matches(html ?? "").Select(m => System.Net.WebUtility.HtmlDecode(m.Groups[1].Value));

    [GeneratedRegex("href=['\"]([^'\"]+)['\"]")]
    private static partial Regex Href();
}

public sealed class PoisonedLinkTestsOnSqlite(HardenedSqliteApp app) : PoisonedLinkTests(app), IClassFixture<HardenedSqliteApp>;

public sealed class PoisonedLinkTestsOnPostgres(HardenedPostgresApp app) : PoisonedLinkTests(app), IClassFixture<HardenedPostgresApp>;
