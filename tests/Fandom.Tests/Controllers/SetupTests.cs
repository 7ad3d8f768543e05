using System.Net;
using Fandom.Data.Entities;
using Fandom.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Fandom.Tests.Controllers;

/// <summary>First run: /setup creates the first Admin while no account exists, then disappears.</summary>
public abstract class SetupTests(FandomApp app)
{
    [Fact]
    public async Task Setup_creates_the_first_admin_once_and_then_answers_404()
    {
        using var visitor = new BrowserSession(app.Reader());
        var form = await visitor.GetAsync("/setup");
        Assert.NotNull(form.QuerySelector("label[for=Email]"));
        Assert.NotNull(form.QuerySelector("label[for=ConfirmPassword]"));

        var mismatch = await visitor.SubmitAsync(form, "form", new()
        {
            ["Email"] = "owner@example.com", ["DisplayName"] = "Olu Owner",
            ["Password"] = FandomApp.Password, ["ConfirmPassword"] = "Something-Else-1",
        });
        Assert.Equal(HttpStatusCode.OK, mismatch.StatusCode);
        var again = await BrowserSession.ParseAsync(mismatch);
        Assert.Equal("owner@example.com", again.QuerySelector("input#Email")!.GetAttribute("value"));
        Assert.Contains("do not match", again.QuerySelector("[data-valmsg-for=ConfirmPassword]")!.TextContent);

        var weak = await visitor.SubmitAsync(again, "form", new()
        {
            ["Password"] = "lowercaseonly", ["ConfirmPassword"] = "lowercaseonly",
        });
        Assert.Equal(HttpStatusCode.OK, weak.StatusCode);
        again = await BrowserSession.ParseAsync(weak);
        // Identity's own words, each reason on its own line.
        Assert.Equal(["Passwords must have at least one digit ('0'-'9').", "Passwords must have at least one uppercase ('A'-'Z')."],
            again.QuerySelectorAll(".validation-summary li").Select(li => li.TextContent.Trim()));

        var created = await visitor.SubmitAsync(again, "form", new()
        {
            ["Password"] = FandomApp.Password, ["ConfirmPassword"] = FandomApp.Password,
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await visitor.Client.GetAsync("/editorial")).StatusCode);

        var roles = await app.WithDbAsync(db => db.UserRoles
            .Where(ur => db.Users.Any(u => u.Id == ur.UserId && u.Email == "owner@example.com"))
            .Select(ur => db.Roles.First(r => r.Id == ur.RoleId).Name).ToListAsync());
        Assert.Equal([Roles.Admin], roles);

        Assert.Equal(HttpStatusCode.NotFound, (await app.Reader().GetAsync("/setup")).StatusCode);
        var late = await app.Reader().PostAsync("/setup", new FormUrlEncodedContent(new Dictionary<string, string> { ["Email"] = "late@example.com" }));
        Assert.NotEqual(HttpStatusCode.Redirect, late.StatusCode);
        Assert.False(await app.WithDbAsync(db => db.Users.AnyAsync(u => u.Email == "late@example.com")));

        using var admin = await app.SignInAsync(new StaffCredentials("", "owner@example.com", FandomApp.Password, "Olu Owner"));
        Assert.Equal(HttpStatusCode.OK, (await admin.Client.GetAsync("/editorial")).StatusCode);
    }
}

public sealed class SetupTestsOnSqlite(SqliteApp app) : SetupTests(app), IClassFixture<SqliteApp>;

public sealed class SetupTestsOnPostgres(PostgresApp app) : SetupTests(app), IClassFixture<PostgresApp>;
