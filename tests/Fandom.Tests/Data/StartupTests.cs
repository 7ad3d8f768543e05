using System.Net;
using Fandom.Data.Entities;
using Fandom.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

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
    public void No_hosted_service_preloads_the_data_protection_key_ring_at_start()
    {
        // A reader page never needs the key ring; the first sign-in or form loads it (docs/reader-site.md, "Memory").
        var hosted = app.Services.GetServices<IHostedService>().Select(s => s.GetType().Name).ToList();
        Assert.NotEmpty(hosted);
        Assert.DoesNotContain("DataProtectionHostedService", hosted);
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

    [Fact]
    public async Task The_server_caps_sqlites_memory_for_the_whole_process()
    {
        app.Reader();
        var limit = await app.WithDbAsync(async db =>
        {
            await db.Database.OpenConnectionAsync();
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = "PRAGMA soft_heap_limit;";
            return (long)(await command.ExecuteScalarAsync())!;
        });
        Assert.Equal(new Fandom.Web.Options.DatabaseOptions().SqliteMemoryLimitMegabytes * 1024L * 1024, limit);
    }
}

public sealed class StartupTestsOnPostgres(PostgresApp app) : StartupTests(app), IClassFixture<PostgresApp>;
