using System.Net;
using Fandom.Data.Entities;
using Fandom.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Fandom.Tests.Controllers;

/// <summary>
/// On the demo newsroom (bylines, no one who can sign in) /setup opens for the newcomer; once it has made an Admin it
/// never opens again, whatever becomes of that Admin.
/// </summary>
public abstract class SetupStaysClosedTests(FandomApp app)
{
    [Fact]
    public async Task Setup_stays_404_after_the_site_has_had_an_admin_even_with_every_admin_gone()
    {
        Assert.True(await app.WithDbAsync(db => db.Users.AnyAsync()));
        using var owner = new BrowserSession(app.Reader());
        var created = await owner.SubmitAsync(await owner.GetAsync("/setup"), "form", new()
        {
            ["Email"] = "owner@example.com", ["DisplayName"] = "Olu Owner",
            ["Password"] = FandomApp.Password, ["ConfirmPassword"] = FandomApp.Password,
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var id = await app.WithDbAsync(db => db.Users.Where(u => u.Email == "owner@example.com").Select(u => u.Id).SingleAsync());
        var byline = await app.WithDbAsync(db => db.Users.Where(u => u.Id != id).Select(u => u.Id).FirstAsync());

        // Through the site, the only Admin finds no way to delete, demote or lock themselves.
        Assert.Null((await owner.GetAsync($"/admin/users/{id}")).QuerySelector("form.role-form, form.lock-form, form.delete-form"));
        var personalData = await owner.GetAsync("/Identity/Account/Manage/PersonalData");
        Assert.Equal(HttpStatusCode.NotFound, (await owner.PostWithTokenAsync(personalData, "/Identity/Account/Manage/DeletePersonalData",
            new() { ["Input.Password"] = FandomApp.Password })).StatusCode);
        Assert.Equal("You cannot delete your own account.",
            await owner.FollowAsync(await owner.PostAsync($"/admin/users/{id}/delete", new() { ["SuccessorId"] = byline })));
        Assert.Equal("You cannot change your own role; ask another admin.",
            await owner.FollowAsync(await owner.PostAsync($"/admin/users/{id}/role", new() { ["role"] = Roles.Author })));
        Assert.Equal("You cannot lock your own account.", await owner.FollowAsync(await owner.PostAsync($"/admin/users/{id}/lock")));
        Assert.Equal(HttpStatusCode.OK, (await owner.Client.GetAsync("/admin/users")).StatusCode);

        // Below the site, whatever removes the Admin: locked, then demoted, then deleted, /setup stays closed.
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        var user = (await users.FindByIdAsync(id))!;
        foreach (var remove in new Func<Task<IdentityResult>>[]
        {
            () => users.SetLockoutEndDateAsync(user, DateTimeOffset.MaxValue),
            () => users.RemoveFromRoleAsync(user, Roles.Admin),
            () => users.DeleteAsync(user),
        })
        {
            Assert.True((await remove()).Succeeded);
            Assert.Equal(HttpStatusCode.NotFound, (await app.Reader().GetAsync("/setup")).StatusCode);
        }
        Assert.Empty(await users.GetUsersInRoleAsync(Roles.Admin));

        using var visitor = new BrowserSession(app.Reader());
        var late = await visitor.Client.PostAsync("/setup", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Email"] = "late@example.com", ["DisplayName"] = "Late", ["Password"] = FandomApp.Password, ["ConfirmPassword"] = FandomApp.Password,
        }));
        Assert.NotEqual(HttpStatusCode.Redirect, late.StatusCode);
        Assert.False(await app.WithDbAsync(db => db.Users.AnyAsync(u => u.Email == "late@example.com")));
    }
}

public sealed class SetupStaysClosedTestsOnSqlite(DemoSqliteApp app) : SetupStaysClosedTests(app), IClassFixture<DemoSqliteApp>;

public sealed class SetupStaysClosedTestsOnPostgres(DemoPostgresApp app) : SetupStaysClosedTests(app), IClassFixture<DemoPostgresApp>;
