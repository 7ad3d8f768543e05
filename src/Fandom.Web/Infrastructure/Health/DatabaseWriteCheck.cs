using System.Runtime.InteropServices;
using Fandom.Data;
using Fandom.Data.Entities;
using Fandom.Web.Infrastructure.Faults;
using Fandom.Web.Options;
using Fandom.Web.Services;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace Fandom.Web.Infrastructure.Health;

/// <summary>
/// Healthy when the database answers and accepts a write: the probe updates its one row (<see cref="HealthProbe"/>).
/// On SQLite it first looks at the file itself, because a connection opened before the fault may still write while
/// every new one cannot: the file and its folder must be writable and the disk must have
/// <see cref="DatabaseOptions.SqliteMinimumFreeDiskMegabytes"/> free (an update may fit in the write-ahead log that
/// a full disk has no room to grow).
/// </summary>
public sealed class DatabaseWriteCheck(IServiceScopeFactory scopes, IOptions<DatabaseOptions> options, TimeProvider time, FaultLog faults) : IHealthCheck
{
    public const string Name = "database";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FandomDbContext>();
        try
        {
            if (db.Database.IsSqlite() && SqliteFileProblem(db.Database.GetConnectionString()) is { } problem)
                return Unhealthy(problem);
            var now = time.UtcNow();
            var written = await db.HealthProbes.Where(p => p.Id == HealthProbe.RowId)
                .ExecuteUpdateAsync(s => s.SetProperty(p => p.CheckedAtUtc, now), ct);
            return written == 1
                ? HealthCheckResult.Healthy("The database answers and accepts writes.")
                : Unhealthy("the health probe's row is missing: the database is not at the current migration.");
        }
        catch (Exception e) when (!ct.IsCancellationRequested)
        {
            faults.Report("Health probe", e);
            return HealthCheckResult.Unhealthy(DatabaseFaults.Find(e) is { } fault ? Describe(fault) : "the database probe failed: " + e.Message);
        }
    }

    private HealthCheckResult Unhealthy(string reason)
    {
        faults.Report("Health probe", reason);
        return HealthCheckResult.Unhealthy(reason);
    }

    private static string Describe(DatabaseFault fault) => fault.Kind switch
    {
        DatabaseFaultKind.ReadOnly => "the database refuses writes (read-only): " + fault.Cause,
        DatabaseFaultKind.Full => "the database is full: " + fault.Cause,
        _ => "the database does not answer: " + fault.Cause,
    };

    /// <summary>Why the SQLite file cannot take a write, or null when it can (or the database is in memory).</summary>
    private string? SqliteFileProblem(string? connectionString)
    {
        var source = new SqliteConnectionStringBuilder(connectionString).DataSource;
        if (string.IsNullOrEmpty(source) || source == ":memory:" || !Path.IsPathRooted(source)) return null;
        var folder = Path.GetDirectoryName(source)!;
        // access(2), not opening the file: closing any descriptor of the database file would drop the locks that
        // SQLite's own connections hold on it (POSIX record locks belong to the process).
        if (!OperatingSystem.IsWindows())
        {
            if (File.Exists(source) && Access(source, WriteOk) != 0) return $"the database file is read-only ({source}).";
            if (Access(folder, WriteOk) != 0) return $"the database folder is read-only ({folder}).";
        }
        var free = new DriveInfo(folder).AvailableFreeSpace;
        var minimum = options.Value.SqliteMinimumFreeDiskMegabytes * 1024L * 1024L;
        return free < minimum
            ? $"the database disk is full: {free / (1024 * 1024)} MiB free of the {options.Value.SqliteMinimumFreeDiskMegabytes} MiB required ({folder})."
            : null;
    }

    private const int WriteOk = 2;

    [DllImport("libc", EntryPoint = "access", SetLastError = true)]
    private static extern int Access([MarshalAs(UnmanagedType.LPUTF8Str)] string path, int mode);
}
