using System.Collections.Concurrent;
using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Html.Dom;
using Fandom.Data.Entities;
using Fandom.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.UI.Services;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Fandom.Tests.Areas.Identity;

/// <summary>
/// Invitations and password resets: the link names the account, only the newest link for a person works, and a link
/// that no longer works says why and who sends a new one.
/// </summary>
public abstract partial class AccountLinkTests(FandomApp app)
{
    private const string NewPassword = "Chosen-Password-7";

    [Fact]
    public async Task An_invitee_accepts_on_a_page_that_shows_their_email_chooses_a_password_and_lands_signed_in_in_the_newsroom()
    {
        using var admin = await app.SignInAsNewAsync(Roles.Admin);
        var (email, link, _) = await InviteAsync(admin, "Ines Invited");
        Assert.Contains("/Identity/Account/AcceptInvitation?code=", link);

        using var invitee = new BrowserSession(app.Reader());
        var page = await invitee.GetAsync(PathOf(link));
        Assert.Equal("Accept invitation", page.QuerySelector("h1")!.TextContent);
        var shown = (IHtmlInputElement)page.QuerySelector("form#choose-password input#Email")!;
        Assert.Equal(email, shown.Value);
        Assert.True(shown.IsReadOnly);
        // Shown, never posted: whose account it is comes from the link alone.
        Assert.Null(shown.GetAttribute("name"));
        foreach (var label in new[] { "Email", "Password", "Confirm password" })
            Assert.Contains(page.QuerySelectorAll("form#choose-password label[for]"), l => l.TextContent.Trim() == label);

        var accepted = await ChooseAsync(invitee, page);
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        Assert.Equal("/editorial", accepted.Headers.Location!.OriginalString);
        Assert.Equal("Welcome to Fandom, Ines Invited. You are signed in.", await invitee.FollowAsync(accepted));
        Assert.Equal(HttpStatusCode.OK, (await invitee.Client.GetAsync("/editorial/articles/new")).StatusCode);
        Assert.Equal(1, await app.WithDbAsync(db => db.AuditEvents.CountAsync(e => e.Action == "user.invitation-accept" && e.Details == email)));

        // Spent: the page says so and the password stays the one chosen.
        var again = await invitee.Client.GetAsync(PathOf(link));
        Assert.Equal(HttpStatusCode.Gone, again.StatusCode);
        var spent = await BrowserSession.ParseAsync(again);
        Assert.Equal("This invitation was already accepted", spent.QuerySelector("h1")!.TextContent);
        Assert.Null(spent.QuerySelector("form#choose-password"));
        using var signedIn = await app.SignInAsync(new StaffCredentials("", email, NewPassword, "Ines Invited"));
    }

    [Fact]
    public async Task A_new_invitation_replaces_the_older_link_which_then_says_so_and_sets_no_password()
    {
        using var admin = await app.SignInAsNewAsync(Roles.Admin);
        var (email, first, id) = await InviteAsync(admin, "Remy Resent");
        var details = await admin.GetAsync($"/admin/users/{id}");
        var resent = await admin.SubmitAsync(details, "form.invitation-form");
        var second = LinkOn(await BrowserSession.ParseAsync(resent));
        Assert.NotEqual(first, second);

        using var invitee = new BrowserSession(app.Reader());
        var old = await invitee.Client.GetAsync(PathOf(first));
        Assert.Equal(HttpStatusCode.Gone, old.StatusCode);
        var page = await BrowserSession.ParseAsync(old);
        Assert.Equal("This link was replaced by a newer one", page.QuerySelector("h1")!.TextContent);
        Assert.Equal("Ask an Admin of Fandom to send a new invitation.", page.QuerySelector(".link-refused-next")!.TextContent);

        // A form kept open from before the re-send is refused too.
        var posted = await invitee.Client.PostAsync(PathOf(first), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Code"] = CodeOf(first), ["Input.Password"] = NewPassword, ["Input.ConfirmPassword"] = NewPassword,
            ["__RequestVerificationToken"] = await TokenAsync(invitee, second),
        }));
        Assert.Equal(HttpStatusCode.Gone, posted.StatusCode);
        Assert.False(await HasPasswordAsync(id));

        Assert.Equal(HttpStatusCode.Redirect, (await ChooseAsync(invitee, await invitee.GetAsync(PathOf(second)))).StatusCode);
        Assert.True(await HasPasswordAsync(id));
    }

    [Fact]
    public async Task An_expired_invitation_says_when_it_ended_and_who_sends_a_new_one()
    {
        using var admin = await app.SignInAsNewAsync(Roles.Admin);
        var (_, link, id) = await InviteAsync(admin, "Eve Expired");
        app.Clock.Advance(TimeSpan.FromDays(8));
        try
        {
            using var invitee = new BrowserSession(app.Reader());
            var response = await invitee.Client.GetAsync(PathOf(link));
            Assert.Equal(HttpStatusCode.Gone, response.StatusCode);
            var page = await BrowserSession.ParseAsync(response);
            Assert.Equal("This link has expired", page.QuerySelector("h1")!.TextContent);
            Assert.Matches(@"^It worked until \d{1,2} \w+ 2026\.$", page.QuerySelector(".link-refused p")!.TextContent);
            Assert.Equal("Ask an Admin of Fandom to send a new invitation.", page.QuerySelector(".link-refused-next")!.TextContent);
            Assert.False(await HasPasswordAsync(id));
        }
        finally
        {
            // The clock is the class's: later tests sign in with cookies that must not look stale.
            app.Clock.Advance(TimeSpan.FromSeconds(1));
        }
    }

    [Fact]
    public async Task A_link_that_never_existed_is_a_404_page_that_says_the_link_does_not_work()
    {
        using var reader = new BrowserSession(app.Reader());
        var response = await reader.Client.GetAsync("/Identity/Account/AcceptInvitation?code=not-a-real-code");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var page = await BrowserSession.ParseAsync(response);
        Assert.Equal("This link does not work", page.QuerySelector("h1")!.TextContent);
        Assert.Contains("no-store", response.Headers.CacheControl!.ToString());
    }

    [Fact]
    public async Task A_weak_password_is_refused_with_the_reason_and_the_link_keeps_working()
    {
        using var admin = await app.SignInAsNewAsync(Roles.Admin);
        var (_, link, id) = await InviteAsync(admin, "Wes Weak");
        using var invitee = new BrowserSession(app.Reader());
        var page = await invitee.GetAsync(PathOf(link));
        var weak = await invitee.SubmitAsync(page, "form#choose-password", new() { ["Input.Password"] = "short", ["Input.ConfirmPassword"] = "short" });
        Assert.Equal(HttpStatusCode.OK, weak.StatusCode);
        var refused = await BrowserSession.ParseAsync(weak);
        Assert.Contains("at least 10 characters", refused.QuerySelector("form#choose-password .field-error")!.TextContent);
        Assert.False(await HasPasswordAsync(id));

        var mismatch = await invitee.SubmitAsync(refused, "form#choose-password", new() { ["Input.Password"] = NewPassword, ["Input.ConfirmPassword"] = "Other-Password-9" });
        Assert.Contains("The two passwords do not match.", (await BrowserSession.ParseAsync(mismatch)).QuerySelector("form#choose-password")!.TextContent);

        Assert.Equal(HttpStatusCode.Redirect, (await ChooseAsync(invitee, await invitee.GetAsync(PathOf(link)))).StatusCode);
    }

    [Fact]
    public async Task A_new_password_reset_replaces_the_older_reset_links_and_an_admin_reset_replaces_the_asked_for_one()
    {
        var author = await app.CreateStaffAsync(Roles.Author);
        var mail = new CapturedMail();
        using var site = app.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<IEmailSender>(mail)));
        using var person = new BrowserSession(site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }));

        var first = await AskForResetAsync(person, mail, author.Email);
        var second = await AskForResetAsync(person, mail, author.Email);
        Assert.Contains("/Identity/Account/ResetPassword?code=", second);

        var old = await person.Client.GetAsync(PathOf(first));
        Assert.Equal(HttpStatusCode.Gone, old.StatusCode);
        var oldPage = await BrowserSession.ParseAsync(old);
        Assert.Equal("This link was replaced by a newer one", oldPage.QuerySelector("h1")!.TextContent);
        Assert.NotNull(oldPage.QuerySelector("a[href='/Identity/Account/ForgotPassword']"));

        var newest = await person.GetAsync(PathOf(second));
        Assert.Equal("Choose a new password", newest.QuerySelector("h1")!.TextContent);
        Assert.Equal(author.Email, ((IHtmlInputElement)newest.QuerySelector("input#Email")!).Value);

        // The admin's forced reset replaces the link the person asked for.
        using var admin = await app.SignInAsNewAsync(Roles.Admin);
        var forced = await admin.SubmitAsync(await admin.GetAsync($"/admin/users/{author.Id}"), "form.reset-form");
        var adminLink = LinkOn(await BrowserSession.ParseAsync(forced));
        Assert.Equal(HttpStatusCode.Gone, (await person.Client.GetAsync(PathOf(second))).StatusCode);

        var chosen = await ChooseAsync(person, await person.GetAsync(PathOf(adminLink)));
        Assert.Equal(HttpStatusCode.Redirect, chosen.StatusCode);
        Assert.Equal("Your new password is set. You are signed in.", await person.FollowAsync(chosen));
        using var back = await app.SignInAsync(author with { Password = NewPassword });
    }

    [Fact]
    public async Task Asking_for_a_reset_for_an_unknown_address_answers_the_same_and_sends_nothing()
    {
        var mail = new CapturedMail();
        using var site = app.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<IEmailSender>(mail)));
        using var person = new BrowserSession(site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }));
        var form = await person.GetAsync("/Identity/Account/ForgotPassword");
        var asked = await person.SubmitAsync(form, "form#forgot-password", new() { ["Input.Email"] = $"nobody.{Guid.NewGuid():N}@example.com" });
        Assert.Equal(HttpStatusCode.Redirect, asked.StatusCode);
        Assert.Equal("/Identity/Account/ForgotPasswordConfirmation", asked.Headers.Location!.OriginalString);
        Assert.Empty(mail.Messages);
    }

    private async Task<(string Email, string Link, string Id)> InviteAsync(BrowserSession admin, string name)
    {
        var email = $"invitee.{Guid.NewGuid():N}@example.com";
        var form = await admin.GetAsync("/admin/users/new");
        var created = await admin.SubmitAsync(form, "form.user-form", new() { ["Email"] = email, ["DisplayName"] = name, ["Role"] = Roles.Author });
        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        var id = await app.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());
        return (email, LinkOn(await BrowserSession.ParseAsync(created)), id);
    }

    private static async Task<string> AskForResetAsync(BrowserSession person, CapturedMail mail, string email)
    {
        var before = mail.Messages.Count;
        var form = await person.GetAsync("/Identity/Account/ForgotPassword");
        var asked = await person.SubmitAsync(form, "form#forgot-password", new() { ["Input.Email"] = email });
        Assert.Equal("/Identity/Account/ForgotPasswordConfirmation", asked.Headers.Location!.OriginalString);
        Assert.Equal(before + 1, mail.Messages.Count);
        var (to, body) = mail.Messages.Last();
        Assert.Equal(email, to);
        return System.Net.WebUtility.HtmlDecode(HrefPattern().Match(body).Groups[1].Value);
    }

    private static Task<HttpResponseMessage> ChooseAsync(BrowserSession session, IHtmlDocument page) =>
        session.SubmitAsync(page, "form#choose-password", new() { ["Input.Password"] = NewPassword, ["Input.ConfirmPassword"] = NewPassword });

    private static async Task<string> TokenAsync(BrowserSession session, string link) =>
        (await session.GetAsync(PathOf(link))).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

    private Task<bool> HasPasswordAsync(string id) => app.WithDbAsync(db => db.Users.Where(u => u.Id == id).Select(u => u.PasswordHash != null).SingleAsync());

    private static string LinkOn(IHtmlDocument page) => page.QuerySelector("input.invitation-link")!.GetAttribute("value")!;

    private static string PathOf(string link) => new Uri(link).PathAndQuery;

    private static string CodeOf(string link) => Uri.UnescapeDataString(new Uri(link).Query.Split("code=")[1]);

    [GeneratedRegex("href=\"([^\"]+)\"")]
    private static partial Regex HrefPattern();

    /// <summary>Keeps what the site mails, whatever sends it in production.</summary>
    private sealed class CapturedMail : IEmailSender
    {
        public ConcurrentQueue<(string To, string Body)> Messages { get; } = new();

        public Task SendEmailAsync(string email, string subject, string htmlMessage)
        {
            Messages.Enqueue((email, htmlMessage));
            return Task.CompletedTask;
        }
    }
}

public sealed class AccountLinkTestsOnSqlite(SqliteApp app) : AccountLinkTests(app), IClassFixture<SqliteApp>;

public sealed class AccountLinkTestsOnPostgres(PostgresApp app) : AccountLinkTests(app), IClassFixture<PostgresApp>;
