using Fandom.Data;
using Fandom.Data.Entities;
using Fandom.Web.Content;
using Fandom.Web.Options;
using Fandom.Web.Data.Demo;
using Fandom.Web.Services.Admin;
using Fandom.Web.Services.Articles;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Fandom.Web.Data;

/// <summary>Brings the database to the current schema and fills what every installation needs.</summary>
public static class DatabaseInitializer
{
    /// <summary>How long a start waits for another process that is migrating the same SQLite file.</summary>
    public static readonly TimeSpan MigrationLockWait = TimeSpan.FromMinutes(2);

    /// <summary>
    /// Caps the memory of SQLite's connections in this process. The limit is the process's, not the connection's or the
    /// file's, so the process that serves sets it, wherever the database work ran: it caps the caches of however many
    /// connections the pool has grown to under load (about 2 MiB each by default), and the OS page cache still holds the file.
    /// </summary>
    public static async Task LimitSqliteMemoryAsync(this IServiceProvider services)
    {
        var megabytes = services.GetRequiredService<IOptions<DatabaseOptions>>().Value.SqliteMemoryLimitMegabytes;
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FandomDbContext>();
        if (!db.Database.IsSqlite() || megabytes == 0) return;
        // A PRAGMA takes no parameters; the value is a validated integer.
        var limit = "PRAGMA soft_heap_limit=" + megabytes * 1024L * 1024 + ";";
        await db.Database.ExecuteSqlRawAsync(limit);
    }

    public static async Task InitializeDatabaseAsync(this IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var provider = scope.ServiceProvider;
        var db = provider.GetRequiredService<FandomDbContext>();

        // Reading the history table is cheap; MigrateAsync is not even with nothing to apply: it builds the model of
        // the migrations' snapshot to compare with the app's, about 4 MB of code that stays loaded for the life of
        // the process (docs/reader-site.md, "Memory"). MigrationTests keep the model and the snapshot in step.
        if (provider.GetRequiredService<IOptions<DatabaseOptions>>().Value.MigrateAtStartup
            && (await db.Database.GetPendingMigrationsAsync()).Any())
        {
            // A migration that rewrites or re-indexes the articles takes minutes on a large archive, past the
            // 30 s a reader's query is allowed; the timeout is this context's alone and ends with start-up.
            db.Database.SetCommandTimeout(TimeSpan.FromMinutes(30));
            // SQLite's own lock survives a crash; this one does not (PostgreSQL's lock is a session's, released with it).
            using (db.Database.IsSqlite()
                ? await SqliteMigrationLock.AcquireAsync(db, MigrationLockWait, provider.GetRequiredService<ILogger<SqliteMigrationLock>>())
                : null)
                await db.Database.MigrateAsync();
            db.Database.SetCommandTimeout(null);
        }

        // WAL lets readers keep reading while an editor saves; the mode is stored in the file.
        if (db.Database.IsSqlite()) await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");

        var roles = provider.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var role in Roles.All)
            if (!await roles.RoleExistsAsync(role))
                await roles.CreateAsync(new IdentityRole(role));
        await provider.GetRequiredService<StaffService>().CloseSetupIfAdminExistsAsync();

        // A newer rendering pipeline re-renders what older ones stored, once, here. The renderer and the seeder are
        // only created when there is work for them: building the Markdown pipeline and the sanitizer loads code a
        // start that renders nothing would keep in memory for as long as the process runs (docs/reader-site.md, "Memory").
        var stale = await db.Articles.Where(a => a.RenderVersion < ContentRenderer.Version).ToListAsync();
        if (stale.Count > 0)
        {
            var renderer = provider.GetRequiredService<ArticleRenderer>();
            foreach (var article in stale) await renderer.RenderAsync(article);
            await db.SaveChangesAsync();
        }

        if (provider.GetRequiredService<IOptions<FandomOptions>>().Value.DemoContent && await DemoContentSeeder.IsEmptyAsync(db))
            await provider.GetRequiredService<DemoContentSeeder>().SeedIfEmptyAsync();
    }
}
