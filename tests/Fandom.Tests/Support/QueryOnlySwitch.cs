using System.Data.Common;
using Fandom.Web.Data;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Fandom.Tests.Support;

/// <summary>
/// SQLite's own read-only switch, set on each connection as it opens once a test has flipped it: writes then fail
/// with SQLITE_READONLY, as on a read-only file (a test running as root cannot make a file read-only). Linked into
/// the browser tests too.
/// </summary>
public sealed class QueryOnlySwitch : DbConnectionInterceptor
{
    private volatile bool used;
    private volatile bool refusing;

    public bool Refusing
    {
        set
        {
            refusing = value;
            used = true;
            // The switch applies as a connection opens: the connections the app's contexts keep open are retired, so
            // each opens again, as after a real fault (StaleConnectionEviction).
            KeptOpenSqliteConnection.RetireAll();
        }
    }

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Apply(connection);
        return Task.CompletedTask;
    }

    private void Apply(DbConnection connection)
    {
        // Until a test flips it, no connection is touched: query-counting tests see no extra command.
        if (!used) return;
        using var command = connection.CreateCommand();
        command.CommandText = refusing ? "PRAGMA query_only = 1" : "PRAGMA query_only = 0";
        command.ExecuteNonQuery();
    }
}
