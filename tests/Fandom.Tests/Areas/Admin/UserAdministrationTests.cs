using System.Net;
using Fandom.Data.Entities;
using Fandom.Tests.Support;
using Fandom.Web.Services;
using Fandom.Web.Services.Admin;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Fandom.Tests.Areas.Admin;

/// <summary>SPEC §2's account rules, through the admin pages as an admin uses them.</summary>
public abstract class UserAdministrationTests(FandomApp app)
{
    [Fact]
    public async Task Admin_creates_an_account_and_the_one_time_link_lets_the_person_choose_a_password_and_sign_in()
    {
        using var admin = await app.SignInAsNewAsync(Roles.Admin);
        var form = await admin.GetAsync("/admin/users/new");
        foreach (var label in new[] { "Email", "Display name", "Role" })
            Assert.Contains(form.QuerySelectorAll("form.user-form label[for]"), l => l.TextContent.Trim() == label);
        var email = $"new.editor.{Guid.NewGuid():N}@example.com";
        var created = await admin.SubmitAsync(form, "form.user-form", new() { ["Email"] = email, ["DisplayName"] = "Nia Newcomer", ["Role"] = Roles.Editor }, button: "Create user");
        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        var link = (await BrowserSession.ParseAsync(created)).QuerySelector("input.invitation-link")!.GetAttribute("value")!;
        Assert.Contains("/Identity/Account/AcceptInvitation?code=", link);

        using var invited = new BrowserSession(app.Reader());
        var accept = await invited.GetAsync(new Uri(link).PathAndQuery);
        var chosen = await invited.SubmitAsync(accept, "form#choose-password", new()
        {
            ["Input.Password"] = "Chosen-Password-7", ["Input.ConfirmPassword"] = "Chosen-Password-7",
        });
        Assert.Equal(HttpStatusCode.Redirect, chosen.StatusCode);
        using var signedIn = await app.SignInAsync(new StaffCredentials("", email, "Chosen-Password-7", "Nia Newcomer"));
        Assert.Equal(HttpStatusCode.OK, (await signedIn.Client.GetAsync("/editorial/categories")).StatusCode);

        // The link is spent: it says so, and offers no form to set another password with.
        var again = await invited.Client.GetAsync(new Uri(link).PathAndQuery);
        Assert.Equal(HttpStatusCode.Gone, again.StatusCode);
        Assert.Null((await BrowserSession.ParseAsync(again)).QuerySelector("form#choose-password"));
        Assert.Equal(HttpStatusCode.Redirect, (await LogInAsync(email, "Chosen-Password-7")).StatusCode);
    }

    [Fact]
    public async Task A_demoted_editor_loses_editor_rights_on_their_very_next_request()
    {
        var editor = await app.CreateStaffAsync(Roles.Editor);
        using var editorSession = await app.SignInAsync(editor);
        Assert.Equal(HttpStatusCode.OK, (await editorSession.Client.GetAsync("/editorial/categories")).StatusCode);

        using var admin = await app.SignInAsNewAsync(Roles.Admin);
        var details = await admin.GetAsync($"/admin/users/{editor.Id}");
        var message = await admin.FollowAsync(await admin.SubmitAsync(details, "form.role-form", new() { ["role"] = Roles.Author }, button: "Change role"));
        Assert.Equal("Role changed to Author.", message);

        NextRequest();
        var next = await editorSession.Client.GetAsync("/editorial/categories");
        Assert.Equal(HttpStatusCode.Redirect, next.StatusCode);
        Assert.StartsWith("/Identity/Account/Login", next.Headers.Location!.PathAndQuery);
        using var again = await app.SignInAsync(editor);
        Assert.Equal(HttpStatusCode.Forbidden, (await again.Client.GetAsync("/editorial/categories")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await again.Client.GetAsync("/editorial")).StatusCode);

        var audit = await app.WithDbAsync(db => db.AuditEvents.SingleAsync(e => e.Action == "user.role-change" && e.TargetId == editor.Id));
        Assert.Contains("Editor → Author", audit.Details);
    }

    [Fact]
    public async Task A_locked_user_is_signed_out_on_their_next_request_and_cannot_sign_in_until_unlocked()
    {
        var author = await app.CreateStaffAsync(Roles.Author);
        using var authorSession = await app.SignInAsync(author);
        Assert.Equal(HttpStatusCode.OK, (await authorSession.Client.GetAsync("/editorial")).StatusCode);

        using var admin = await app.SignInAsNewAsync(Roles.Admin);
        var details = await admin.GetAsync($"/admin/users/{author.Id}");
        Assert.Equal("Account locked.", await admin.FollowAsync(await admin.SubmitAsync(details, "form.lock-form")));

        NextRequest();
        var next = await authorSession.Client.GetAsync("/editorial");
        Assert.Equal(HttpStatusCode.Redirect, next.StatusCode);
        Assert.StartsWith("/Identity/Account/Login", next.Headers.Location!.PathAndQuery);
        Assert.Contains("Lockout", (await LogInAsync(author.Email, author.Password)).Headers.Location!.OriginalString);

        details = await admin.GetAsync($"/admin/users/{author.Id}");
        Assert.Equal("Locked", details.QuerySelector(".user-status")!.TextContent);
        Assert.Equal("Account unlocked.", await admin.FollowAsync(await admin.SubmitAsync(details, "form.unlock-form")));
        using var back = await app.SignInAsync(author);
        Assert.Equal(HttpStatusCode.OK, (await back.Client.GetAsync("/editorial")).StatusCode);
        Assert.Equal(2, await app.WithDbAsync(db => db.AuditEvents.CountAsync(e => e.TargetId == author.Id && (e.Action == "user.lock" || e.Action == "user.unlock"))));
    }

    [Fact]
    public async Task A_forced_password_reset_ends_the_session_and_the_old_password_stops_working()
    {
        var author = await app.CreateStaffAsync(Roles.Author);
        using var authorSession = await app.SignInAsync(author);
        using var admin = await app.SignInAsNewAsync(Roles.Admin);
        var details = await admin.GetAsync($"/admin/users/{author.Id}");
        var reset = await admin.SubmitAsync(details, "form.reset-form");
        Assert.Equal(HttpStatusCode.OK, reset.StatusCode);
        Assert.Contains("/Identity/Account/ResetPassword?code=", (await BrowserSession.ParseAsync(reset)).QuerySelector("input.invitation-link")!.GetAttribute("value"));

        NextRequest();
        Assert.Equal(HttpStatusCode.Redirect, (await authorSession.Client.GetAsync("/editorial")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await LogInAsync(author.Email, author.Password)).StatusCode);
    }

    [Fact]
    public async Task An_admin_cannot_demote_lock_or_delete_their_own_account()
    {
        var me = await app.CreateStaffAsync(Roles.Admin);
        await app.CreateStaffAsync(Roles.Admin);
        using var admin = await app.SignInAsync(me);
        var mine = await admin.GetAsync($"/admin/users/{me.Id}");
        Assert.Null(mine.QuerySelector("form.role-form, form.lock-form, form.delete-form"));
        Assert.NotNull(mine.QuerySelector("[role=note]"));

        var successor = await app.CreateStaffAsync(Roles.Editor);
        Assert.Equal("You cannot change your own role; ask another admin.",
            await admin.FollowAsync(await admin.PostWithTokenAsync(mine, $"/admin/users/{me.Id}/role", new() { ["role"] = Roles.Author })));
        Assert.Equal("You cannot lock your own account.", await admin.FollowAsync(await admin.PostWithTokenAsync(mine, $"/admin/users/{me.Id}/lock")));
        Assert.Equal("You cannot delete your own account.",
            await admin.FollowAsync(await admin.PostWithTokenAsync(mine, $"/admin/users/{me.Id}/delete", new() { ["SuccessorId"] = successor.Id })));
        Assert.Equal(HttpStatusCode.OK, (await admin.Client.GetAsync("/admin/users")).StatusCode);
    }

    [Fact]
    public async Task The_last_admin_can_never_be_demoted_locked_or_deleted()
    {
        var last = await app.CreateStaffAsync(Roles.Admin);
        var editor = await app.CreateStaffAsync(Roles.Editor);
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        foreach (var other in (await users.GetUsersInRoleAsync(Roles.Admin)).Where(u => u.Id != last.Id).ToList())
            await users.RemoveFromRoleAsync(other, Roles.Admin);

        // Only an admin reaches these pages, so the acting admin here is one who is being removed at the same moment.
        var service = scope.ServiceProvider.GetRequiredService<UserAdminService>();
        var actor = new Actor(editor.Id, editor.DisplayName);
        Assert.Equal(UserError.LastAdmin, (await service.ChangeRoleAsync(last.Id, Roles.Editor, actor)).Error);
        Assert.Equal(UserError.LastAdmin, (await service.LockAsync(last.Id, actor)).Error);
        Assert.Equal(UserError.LastAdmin, (await service.DeleteAsync(last.Id, editor.Id, actor)).Error);

        using var session = await app.SignInAsync(last);
        Assert.Equal(HttpStatusCode.OK, (await session.Client.GetAsync("/admin/users")).StatusCode);
    }

    [Fact]
    public async Task Deleting_a_user_gives_every_article_to_the_chosen_colleague_and_loses_nothing()
    {
        var leaving = await app.CreateStaffAsync(Roles.Author, "Lee Leaving");
        var successor = await app.CreateStaffAsync(Roles.Editor, "Sam Staying");
        var first = await app.ArticleAsync("Leaving story one", author: leaving);
        var second = await app.ArticleAsync("Leaving story two", author: leaving);
        var before = await app.WithDbAsync(async db => (Articles: await db.Articles.CountAsync(), Revisions: await db.ArticleRevisions.CountAsync(),
            Audit: await db.AuditEvents.CountAsync(e => e.ActorId == leaving.Id)));

        using var leavingSession = await app.SignInAsync(leaving);
        using var admin = await app.SignInAsNewAsync(Roles.Admin);
        var details = await admin.GetAsync($"/admin/users/{leaving.Id}");
        var deleted = await admin.SubmitAsync(details, "form.delete-form", new() { ["SuccessorId"] = successor.Id }, button: "Delete user");
        Assert.Equal("User deleted; their articles were reassigned.", await admin.FollowAsync(deleted));

        await app.WithDbAsync(async db =>
        {
            Assert.False(await db.Users.AnyAsync(u => u.Id == leaving.Id));
            Assert.Equal(before.Articles, await db.Articles.CountAsync());
            Assert.Equal(before.Revisions, await db.ArticleRevisions.CountAsync());
            foreach (var id in new[] { first.Id, second.Id })
                Assert.Equal([successor.Id], await db.Articles.Where(a => a.Id == id).SelectMany(a => a.Authors.Select(u => u.Id)).ToListAsync());
            var kept = await db.AuditEvents.Where(e => e.ActorId == leaving.Id).ToListAsync();
            Assert.Equal(before.Audit, kept.Count);
            Assert.All(kept, e => Assert.Equal("Lee Leaving", e.ActorName));
            Assert.Contains("2 article(s) to Sam Staying", (await db.AuditEvents.SingleAsync(e => e.Action == "user.delete" && e.TargetId == leaving.Id)).Details);
            return 0;
        });
        Assert.Equal(HttpStatusCode.OK, (await app.Reader().GetAsync(first.Url)).StatusCode);
        NextRequest();
        Assert.Equal(HttpStatusCode.Redirect, (await leavingSession.Client.GetAsync("/editorial")).StatusCode);
    }

    [Fact]
    public async Task The_user_list_searches_by_name_or_email_and_filters_by_role()
    {
        var wanted = await app.CreateStaffAsync(Roles.Editor, "Quinn Findable");
        await app.CreateStaffAsync(Roles.Author, "Quinn Author");
        using var admin = await app.SignInAsNewAsync(Roles.Admin);

        var byName = await admin.GetAsync("/admin/users?q=quinn");
        Assert.Equal(["Quinn Author", "Quinn Findable"], byName.QuerySelectorAll(".users-table tbody td:first-child a").Select(a => a.TextContent).ToList());
        var byRole = await admin.GetAsync("/admin/users?q=quinn&role=Editor");
        Assert.Equal(["Quinn Findable"], byRole.QuerySelectorAll(".users-table tbody td:first-child a").Select(a => a.TextContent).ToList());
        var byEmail = await admin.GetAsync($"/admin/users?q={Uri.EscapeDataString(wanted.Email)}");
        Assert.Single(byEmail.QuerySelectorAll(".users-table tbody tr"));
    }

    /// <summary>
    /// Identity re-checks a cookie's security stamp once time has passed since it was issued (the interval is zero);
    /// on the frozen test clock no time passes between requests unless a test says so.
    /// </summary>
    private void NextRequest() => app.Clock.Advance(TimeSpan.FromSeconds(1));

    private async Task<HttpResponseMessage> LogInAsync(string email, string password)
    {
        using var session = new BrowserSession(app.Reader());
        var login = await session.GetAsync("/Identity/Account/Login");
        return await session.SubmitAsync(login, "form#account", new() { ["Input.Email"] = email, ["Input.Password"] = password });
    }
}

public sealed class UserAdministrationTestsOnSqlite(SqliteApp app) : UserAdministrationTests(app), IClassFixture<SqliteApp>;

public sealed class UserAdministrationTestsOnPostgres(PostgresApp app) : UserAdministrationTests(app), IClassFixture<PostgresApp>;
