using System.Net;
using Fandom.Data;
using Fandom.Tests.Support;
using Fandom.Web.Data.Demo;
using Fandom.Web.Services.Media;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Fandom.Tests.Data;

/// <summary>A start that died half-way (killed while migrating or seeding) leaves nothing that stops the next one.</summary>
public sealed class StartupRecoveryTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    [Fact]
    public async Task A_migration_lock_left_by_a_killed_start_is_cleared_and_the_next_start_serves()
    {
        Assert.Equal(HttpStatusCode.OK, (await app.Reader().GetAsync("/healthz")).StatusCode);
        // What a process killed inside MigrateAsync leaves: EF Core's lock row, with nobody holding it.
        await using (var connection = new SqliteConnection($"Data Source={app.DatabaseFile}"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "CREATE TABLE IF NOT EXISTS \"__EFMigrationsLock\" (\"Id\" INTEGER NOT NULL CONSTRAINT \"PK___EFMigrationsLock\" PRIMARY KEY, \"Timestamp\" TEXT NOT NULL);" +
                "INSERT INTO \"__EFMigrationsLock\" (\"Id\", \"Timestamp\") VALUES (1, '2026-06-01 08:59:00');";
            await command.ExecuteNonQueryAsync();
        }

        using var restarted = app.WithWebHostBuilder(_ => { });
        var started = Task.Run(async () => await restarted.CreateClient().GetAsync("/healthz"));
        var first = await Task.WhenAny(started, Task.Delay(TimeSpan.FromSeconds(60)));
        Assert.True(first == started, "The restarted app still waits on the stale migration lock after 60 s.");
        Assert.Equal(HttpStatusCode.OK, (await started).StatusCode);
    }

    [Fact]
    public async Task A_demo_seed_that_fails_half_way_leaves_no_rows_and_no_files_and_the_next_one_is_complete()
    {
        using var failing = app.WithWebHostBuilder(host => host.ConfigureServices(services =>
        {
            services.RemoveAll<IMediaStorage>();
            services.AddSingleton<IMediaStorage>(provider => new FailingAfter(4, ActivatorUtilities.CreateInstance<FileSystemMediaStorage>(provider)));
        }));
        await using (var scope = failing.Services.CreateAsyncScope())
            await Assert.ThrowsAsync<IOException>(() => scope.ServiceProvider.GetRequiredService<DemoContentSeeder>().SeedIfEmptyAsync());

        await app.WithDbAsync(async db =>
        {
            Assert.False(await db.Categories.AnyAsync());
            Assert.False(await db.MediaItems.AnyAsync());
            Assert.False(await db.People.AnyAsync());
            return 0;
        });
        Assert.Empty(Directory.Exists(app.MediaRoot) ? Directory.GetFiles(app.MediaRoot, "*", SearchOption.AllDirectories) : []);

        await app.WithServiceAsync<DemoContentSeeder, int>(async seeder => { await seeder.SeedIfEmptyAsync(); return 0; });
        Assert.Equal(DemoNewsroom.Articles.Length + DemoNewsroom.Briefs.Length, await app.WithDbAsync(db => db.Articles.CountAsync()));
    }

    /// <summary>Storage whose disk fills up after a few files.</summary>
    private sealed class FailingAfter(int files, IMediaStorage inner) : IMediaStorage
    {
        private int saved;

        public Task SaveAsync(string key, ReadOnlyMemory<byte> content, CancellationToken ct = default) =>
            Interlocked.Increment(ref saved) > files ? throw new IOException("No space left on device") : inner.SaveAsync(key, content, ct);

        public Stream? OpenRead(string key) => inner.OpenRead(key);
        public Task DeleteAsync(string key, CancellationToken ct = default) => inner.DeleteAsync(key, ct);
        public bool Exists(string key) => inner.Exists(key);
    }
}
