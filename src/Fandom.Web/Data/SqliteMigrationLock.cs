using Fandom.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Fandom.Web.Data;

/// <summary>
/// Makes SQLite's migration lock safe against a crash. EF Core's lock on SQLite is a row in
/// <c>__EFMigrationsLock</c>, inserted before migrating and deleted after: a process killed in between leaves the
/// row, and every later start waited on it for ever. So a process that migrates first takes an operating-system lock
/// on a file beside the database (<c>fandom.db.migrating</c>), which the kernel releases when the process dies,
/// however it dies. Whoever holds that lock is the only one migrating, so a lock row found then is a dead
/// process's: it is deleted, with a log line. Waiting for another live process to finish is bounded.
/// </summary>
public sealed class SqliteMigrationLock : IDisposable
{
    private const string LockTable = "__EFMigrationsLock";
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(200);

    private readonly FileStream file;

    private SqliteMigrationLock(FileStream file) => this.file = file;

    /// <summary>Takes the lock (waiting at most <paramref name="wait"/>) and clears a stale lock row; null for an in-memory database.</summary>
    public static async Task<SqliteMigrationLock?> AcquireAsync(FandomDbContext db, TimeSpan wait, ILogger logger, CancellationToken ct = default)
    {
        var source = new SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource;
        if (string.IsNullOrEmpty(source) || source == ":memory:") return null;
        var path = Path.GetFullPath(source) + ".migrating";
        // Elapsed time on this machine, not the site's clock: a wait, not an instant anything is stored at.
        var waited = System.Diagnostics.Stopwatch.StartNew();
        var logged = false;
        while (true)
        {
            try
            {
                // FileShare.None is an exclusive flock(2) on Unix and a sharing lock on Windows: both end with the process.
                var held = new SqliteMigrationLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
                try
                {
                    await held.ClearStaleRowAsync(db, logger, ct);
                }
                catch
                {
                    // Released before the error goes on: an I/O error here must not be taken for another holder.
                    held.Dispose();
                    throw;
                }
                return held;
            }
            catch (IOException) when (waited.Elapsed < wait)
            {
                if (!logged) logger.LogWarning("Another process is migrating the database ({Path}); waiting up to {Seconds:0} s.", path, wait.TotalSeconds);
                logged = true;
                await Task.Delay(Poll, ct);
            }
            catch (IOException e)
            {
                throw new TimeoutException($"Another process held the migration lock {path} for more than {wait.TotalSeconds:0} s; " +
                    "is another instance of the app still migrating this database?", e);
            }
        }
    }

    private async Task ClearStaleRowAsync(FandomDbContext db, ILogger logger, CancellationToken ct)
    {
        var exists = await db.Database.SqlQueryRaw<int>($"SELECT COUNT(*) AS \"Value\" FROM sqlite_master WHERE type = 'table' AND name = '{LockTable}'")
            .SingleAsync(ct) > 0;
        if (!exists) return;
        var stale = await db.Database.ExecuteSqlRawAsync($"DELETE FROM \"{LockTable}\"", ct);
        if (stale > 0)
            logger.LogWarning("Cleared a stale migration lock: a process stopped while migrating the database, and none holds the lock now.");
    }

    public void Dispose() => file.Dispose();
}
