using System.Net;
using Fandom.Data.Entities;
using Fandom.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Fandom.Tests.Data;

/// <summary>What start-up leaves behind: schema, roles, data-protection keys in the database.</summary>
public abstract class StartupTests(FandomApp app)
{
    [Fact]
    public async Task Startup_migrates_the_database_and_creates_the_three_roles()
    {
        app.Reader();
        var pending = await app.WithDbAsync(db => db.Database.GetPendingMigrationsAsync());
        Assert.Empty(pending);
        var roles = await app.WithDbAsync(db => db.Roles.Select(r => r.Name!).OrderBy(n => n).ToListAsync());
        Assert.Equal([Roles.Admin, Roles.Author, Roles.Editor], roles);
    }

    [Fact]
    public async Task Data_protection_keys_live_in_the_database_so_cookies_survive_restarts()
    {
        using var session = await app.SignInAsNewAsync(Roles.Author);
        Assert.True(await app.WithDbAsync(db => db.DataProtectionKeys.AnyAsync()));
    }

    [Fact]
    public async Task Public_registration_is_closed_by_default()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await app.Reader().GetAsync("/Identity/Account/Register")).StatusCode);
        var page = await new BrowserSession(app.Reader()).GetAsync("/Identity/Account/Login");
        Assert.NotNull(page.QuerySelector("label[for=Input_Email]"));
        Assert.Contains(page.QuerySelectorAll("button"), b => b.TextContent.Trim() == "Log in");
    }
}

public sealed class StartupTestsOnSqlite(SqliteApp app) : StartupTests(app), IClassFixture<SqliteApp>
{
    [Fact]
    public async Task Sqlite_runs_in_write_ahead_log_mode()
    {
        app.Reader();
        var mode = await app.WithDbAsync(async db =>
        {
            await db.Database.OpenConnectionAsync();
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = "PRAGMA journal_mode;";
            return (string)(await command.ExecuteScalarAsync())!;
        });
        Assert.Equal("wal", mode);
    }
}

public sealed class StartupTestsOnPostgres(PostgresApp app) : StartupTests(app), IClassFixture<PostgresApp>;
