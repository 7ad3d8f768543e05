using System.Net;
using Fandom.Data.Entities;
using Fandom.Tests.Support;
using Fandom.Web.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Fandom.Tests.Data;

/// <summary>A database that had an Admin before setup was marked done is closed as firmly as a new one.</summary>
public abstract class SetupMarkTests(FandomApp app)
{
    [Fact]
    public async Task Start_up_marks_setup_done_on_a_site_that_already_has_an_admin()
    {
        // An Admin made without the setup page, as every Admin was before the mark.
        var admin = await app.CreateStaffAsync(Roles.Admin);
        Assert.False(await app.WithDbAsync(db => db.SiteSettings.AnyAsync(s => s.SetupCompletedAtUtc != null)));

        await app.Services.InitializeDatabaseAsync();

        Assert.True(await app.WithDbAsync(db => db.SiteSettings.AnyAsync(s => s.SetupCompletedAtUtc != null)));
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        Assert.True((await users.DeleteAsync((await users.FindByIdAsync(admin.Id))!)).Succeeded);
        Assert.Equal(HttpStatusCode.NotFound, (await app.Reader().GetAsync("/setup")).StatusCode);
    }
}

public sealed class SetupMarkTestsOnSqlite(SqliteApp app) : SetupMarkTests(app), IClassFixture<SqliteApp>;

public sealed class SetupMarkTestsOnPostgres(PostgresApp app) : SetupMarkTests(app), IClassFixture<PostgresApp>;
