using Microsoft.Data.Sqlite;
using Npgsql;

namespace Fandom.Web.Infrastructure.Faults;

/// <summary>What kind of trouble the database is in, as far as a request can tell.</summary>
public enum DatabaseFaultKind
{
    /// <summary>It does not answer: the server is down, the file cannot be opened, the connection broke.</summary>
    Unavailable,
    /// <summary>It answers but refuses every write: a read-only file or a read-only server.</summary>
    ReadOnly,
    /// <summary>It answers but has no room left for writes: the disk (or the server's) is full.</summary>
    Full,
}

/// <summary>A database fault found in an exception: its kind, and the cause in one line for the log.</summary>
public sealed record DatabaseFault(DatabaseFaultKind Kind, string Cause);

/// <summary>
/// Tells the database's faults (its disk, its file, its server) from the app's own errors, for both providers, so
/// that each place which degrades on a fault (the error page, the editor's save, the deferred writes, the pools)
/// asks one question. A fault is the environment's; a constraint violation or a bad query is not one.
/// </summary>
public static class DatabaseFaults
{
    // SQLite primary result codes (https://sqlite.org/rescode.html).
    private const int SqliteBusy = 5, SqliteLocked = 6, SqliteReadOnly = 8, SqliteIoError = 10, SqliteCorrupt = 11,
        SqliteFull = 13, SqliteCantOpen = 14, SqliteNotADatabase = 26;

    /// <summary>The database fault behind <paramref name="exception"/> (or any exception inside it), or null.</summary>
    public static DatabaseFault? Find(Exception? exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (Classify(e) is { } fault) return fault;
            if (e is AggregateException aggregate)
                foreach (var inner in aggregate.InnerExceptions)
                    if (Find(inner) is { } found) return found;
        }
        return null;
    }

    private static DatabaseFault? Classify(Exception e) => e switch
    {
        SqliteException sqlite => (sqlite.SqliteErrorCode & 0xFF) switch
        {
            SqliteReadOnly => new(DatabaseFaultKind.ReadOnly, $"SQLite {sqlite.SqliteErrorCode}: {FirstLine(sqlite.Message)}"),
            SqliteFull => new(DatabaseFaultKind.Full, $"SQLite {sqlite.SqliteErrorCode}: {FirstLine(sqlite.Message)}"),
            SqliteBusy or SqliteLocked or SqliteIoError or SqliteCorrupt or SqliteCantOpen or SqliteNotADatabase =>
                new(DatabaseFaultKind.Unavailable, $"SQLite {sqlite.SqliteErrorCode}: {FirstLine(sqlite.Message)}"),
            _ => null,
        },
        PostgresException postgres => postgres.SqlState switch
        {
            // read_only_sql_transaction: a standby, or default_transaction_read_only.
            "25006" => new(DatabaseFaultKind.ReadOnly, $"PostgreSQL {postgres.SqlState}: {FirstLine(postgres.MessageText)}"),
            // Class 53, insufficient resources: disk_full, out_of_memory, too_many_connections.
            var state when state.StartsWith("53", StringComparison.Ordinal) =>
                new(state == "53100" ? DatabaseFaultKind.Full : DatabaseFaultKind.Unavailable, $"PostgreSQL {state}: {FirstLine(postgres.MessageText)}"),
            // Class 08 connection exceptions, 57P0x shut down or starting up, 3D000 no such database.
            var state when state.StartsWith("08", StringComparison.Ordinal) || state.StartsWith("57P", StringComparison.Ordinal) || state == "3D000" =>
                new(DatabaseFaultKind.Unavailable, $"PostgreSQL {state}: {FirstLine(postgres.MessageText)}"),
            _ => null,
        },
        // Not a server error: the connection itself failed (refused, reset, timed out).
        NpgsqlException npgsql => new(DatabaseFaultKind.Unavailable, $"PostgreSQL connection: {FirstLine(npgsql.InnerException?.Message ?? npgsql.Message)}"),
        _ => null,
    };

    private static string FirstLine(string message)
    {
        var end = message.IndexOfAny(['\r', '\n']);
        return (end < 0 ? message : message[..end]).Trim();
    }
}
