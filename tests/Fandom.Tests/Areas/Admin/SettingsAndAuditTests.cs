using System.Net;
using Fandom.Data.Entities;
using Fandom.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Fandom.Tests.Areas.Admin;

/// <summary>Site settings apply without a restart; the audit log answers who did what, when, to what.</summary>
public abstract class SettingsAndAuditTests(FandomApp app)
{
    [Fact]
    public async Task Saved_settings_apply_on_the_next_page_without_a_restart()
    {
        using var admin = await app.SignInAsNewAsync(Roles.Admin);
        Assert.Equal(HttpStatusCode.NotFound, (await app.Reader().GetAsync("/Identity/Account/Register")).StatusCode);

        var form = await admin.GetAsync("/admin/settings");
        var saved = await admin.SubmitAsync(form, "form.settings-form", new()
        {
            ["Name"] = "The Fan Desk", ["Tagline"] = "All the fandoms, daily", ["TimeZone"] = "America/New_York",
            ["ArticlesPerPage"] = "5", ["PublicRegistration"] = "true", ["SocialNetwork"] = "mastodon",
        });
        Assert.Equal("Settings saved.", await admin.FollowAsync(saved));

        var home = await new BrowserSession(app.Reader()).GetAsync("/");
        Assert.Equal("The Fan Desk", home.QuerySelector(".brand")!.TextContent);
        Assert.Equal("All the fandoms, daily", home.QuerySelector(".tagline")!.TextContent);
        Assert.Equal(HttpStatusCode.OK, (await app.Reader().GetAsync("/Identity/Account/Register")).StatusCode);
        var again = await admin.GetAsync("/admin/settings");
        Assert.Equal("America/New_York", again.QuerySelector("input#TimeZone")!.GetAttribute("value"));
        Assert.Equal("mastodon", again.QuerySelector("select#SocialNetwork option[selected]")!.GetAttribute("value"));

        var closed = await admin.SubmitAsync(again, "form.settings-form", new() { ["PublicRegistration"] = "" });
        Assert.Equal("Settings saved.", await admin.FollowAsync(closed));
        Assert.Equal(HttpStatusCode.NotFound, (await app.Reader().GetAsync("/Identity/Account/Register")).StatusCode);
    }

    [Fact]
    public async Task Invalid_settings_are_refused_and_the_form_keeps_what_was_typed()
    {
        using var admin = await app.SignInAsNewAsync(Roles.Admin);
        var form = await admin.GetAsync("/admin/settings");
        var refused = await admin.SubmitAsync(form, "form.settings-form", new() { ["Name"] = "Typed Name", ["TimeZone"] = "Mars/Olympus_Mons", ["ArticlesPerPage"] = "0" });
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = await BrowserSession.ParseAsync(refused);
        Assert.Equal("Typed Name", page.QuerySelector("input#Name")!.GetAttribute("value"));
        Assert.Equal("Choose a time zone such as Europe/London.", page.QuerySelector("[data-valmsg-for=TimeZone]")!.TextContent);
        Assert.NotEmpty(page.QuerySelector("[data-valmsg-for=ArticlesPerPage]")!.TextContent);
        Assert.NotEqual("Typed Name", (await new BrowserSession(app.Reader()).GetAsync("/")).QuerySelector(".brand")!.TextContent);
    }

    [Fact]
    public async Task The_audit_log_shows_editorial_and_admin_actions_filtered_by_person_action_and_date()
    {
        var author = await app.CreateStaffAsync(Roles.Author, "Ada Audited");
        await app.ArticleAsync("An audited story", author: author);
        app.Clock.Advance(TimeSpan.FromDays(3));
        using var admin = await app.SignInAsNewAsync(Roles.Admin);
        var details = await admin.GetAsync($"/admin/users/{author.Id}");
        await admin.SubmitAsync(details, "form.lock-form");

        var byPerson = await admin.GetAsync("/admin/audit?person=ada+audited");
        var actions = byPerson.QuerySelectorAll(".audit-table .audit-action").Select(a => a.TextContent).ToList();
        Assert.Contains("article.publish", actions);
        Assert.All(byPerson.QuerySelectorAll(".audit-table .audit-actor"), a => Assert.Equal("Ada Audited", a.TextContent));

        var locks = await admin.GetAsync("/admin/audit?action=user.lock");
        var row = Assert.Single(locks.QuerySelectorAll(".audit-table tbody tr"), r => r.TextContent.Contains(author.Email));
        Assert.Contains(author.Id, row.Children[3].TextContent);

        var today = app.Clock.GetUtcNow().UtcDateTime;
        var recent = await admin.GetAsync($"/admin/audit?person=ada+audited&from={today:yyyy-MM-dd}");
        Assert.Empty(recent.QuerySelectorAll(".audit-table tbody tr"));
        var earlier = await admin.GetAsync($"/admin/audit?person=ada+audited&to={today.AddDays(-2):yyyy-MM-dd}");
        Assert.NotEmpty(earlier.QuerySelectorAll(".audit-table tbody tr"));
    }

    [Fact]
    public async Task The_audit_log_is_paged()
    {
        await app.WithDbAsync(db =>
        {
            var at = app.Clock.GetUtcNow().UtcDateTime;
            for (var i = 0; i < 60; i++)
                db.AuditEvents.Add(new AuditEvent { OccurredAtUtc = at.AddMinutes(i), ActorName = "Pager Person", Action = "tag.rename", TargetType = "Tag", TargetId = i.ToString() });
            return db.SaveChangesAsync();
        });
        using var admin = await app.SignInAsNewAsync(Roles.Admin);
        var first = await admin.GetAsync("/admin/audit?person=pager");
        Assert.Equal(50, first.QuerySelectorAll(".audit-table tbody tr").Length);
        var next = first.QuerySelector(".pager a[rel=next]")!.GetAttribute("href")!;
        var second = await admin.GetAsync(next);
        Assert.Equal(10, second.QuerySelectorAll(".audit-table tbody tr").Length);
        Assert.Equal("Tag 0", second.QuerySelectorAll(".audit-table tbody tr").Last().Children[3].TextContent.Trim());
    }
}

public sealed class SettingsAndAuditTestsOnSqlite(SqliteApp app) : SettingsAndAuditTests(app), IClassFixture<SqliteApp>;

public sealed class SettingsAndAuditTestsOnPostgres(PostgresApp app) : SettingsAndAuditTests(app), IClassFixture<PostgresApp>;
