using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Sqlite.Storage.Internal;
using Microsoft.EntityFrameworkCore.Storage;

namespace Fandom.Web.Data;

// SqliteRelationalConnection is EF's own internal type; it is the one place where a pooled context closes its
// connection when it goes back to the pool, so it is the one place to keep it open.
#pragma warning disable EF1001

/// <summary>
/// EF's SQLite connection, left open while its pooled context waits for the next request, so that the statements
/// <see cref="SqliteStatementCache"/> prepared on it survive: Microsoft.Data.Sqlite finalizes every statement of a
/// connection when it closes, and EF closed it after each request. Preparing the article page's statements afresh
/// was about a quarter of the page. The native connection was pooled (kept open) either way; what is kept now is the
/// managed one around it.
/// </summary>
/// <remarks>
/// A connection is closed for real, as before, when it is disposed, when it is in a transaction or has a reader open
/// as its context goes back, when SQLite opened it read-only, and when it was opened before <see cref="RetireAll"/>:
/// after a database fault, a connection opened during the fault would go on failing for its whole life.
/// </remarks>
public sealed class KeptOpenSqliteConnection(
    RelationalConnectionDependencies dependencies, IRawSqlCommandBuilder rawSqlCommandBuilder, IDiagnosticsLogger<DbLoggerCategory.Infrastructure> logger)
    : SqliteRelationalConnection(dependencies, rawSqlCommandBuilder, logger)
{
    private static int generation;

    /// <summary>The <see cref="generation"/> this connection was opened in.</summary>
    private int openedIn = -1;

    /// <summary>Whether SQLite opened it read-only though it was asked for a writable one (<see cref="Opened"/>).</summary>
    private bool openedReadOnly;

    /// <summary>EF's opens of this connection not yet closed (EF keeps its own count private).</summary>
    private int inUse;

    /// <summary>SQLite contexts of <paramref name="builder"/> keep their connections open and reuse their statements.</summary>
    public static DbContextOptionsBuilder ReuseStatements(DbContextOptionsBuilder builder) => builder
        .ReplaceService<ISqliteRelationalConnection, KeptOpenSqliteConnection>()
        .AddInterceptors(SqliteStatementCache.Instance);

    /// <summary>
    /// Every SQLite connection of the process is closed for real as soon as it is not in use: the pooled ones now,
    /// the ones kept open by a waiting context when it is next used or given back.
    /// </summary>
    public static void RetireAll()
    {
        Interlocked.Increment(ref generation);
        SqliteConnection.ClearAllPools();
    }

    public override bool Open(bool errorsExpected = false)
    {
        if (inUse == 0 && IsRetired) base.CloseDbConnection();
        inUse++;
        return base.Open(errorsExpected);
    }

    public override async Task<bool> OpenAsync(CancellationToken cancellationToken, bool errorsExpected = false)
    {
        if (inUse == 0 && IsRetired) await base.CloseDbConnectionAsync();
        inUse++;
        return await base.OpenAsync(cancellationToken, errorsExpected);
    }

    public override bool Close()
    {
        inUse = Math.Max(0, inUse - 1);
        return base.Close();
    }

    public override Task<bool> CloseAsync()
    {
        inUse = Math.Max(0, inUse - 1);
        return base.CloseAsync();
    }

    protected override void OpenDbConnection(bool errorsExpected)
    {
        base.OpenDbConnection(errorsExpected);
        Opened();
    }

    protected override async Task OpenDbConnectionAsync(bool errorsExpected, CancellationToken cancellationToken)
    {
        await base.OpenDbConnectionAsync(errorsExpected, cancellationToken);
        Opened();
    }

    /// <summary>
    /// SQLite opens a file it may not write read-only without a word, and the connection stays so after the file is
    /// writable again: such a connection is neither kept nor given back to Microsoft.Data.Sqlite's pool (clearing the
    /// pool marks it not to be pooled), so once the fault is over every connection opened is a writable one.
    /// </summary>
    private void Opened()
    {
        openedIn = Volatile.Read(ref generation);
        var sqlite = (SqliteConnection)DbConnection;
        openedReadOnly = SQLitePCL.raw.sqlite3_db_readonly(sqlite.Handle, "main") == 1
            && new SqliteConnectionStringBuilder(sqlite.ConnectionString).Mode != SqliteOpenMode.ReadOnly;
        if (openedReadOnly) SqliteConnection.ClearPool(sqlite);
    }

    protected override void CloseDbConnection()
    {
        if (!CanStayOpen) base.CloseDbConnection();
    }

    protected override Task CloseDbConnectionAsync() => CanStayOpen ? Task.CompletedTask : base.CloseDbConnectionAsync();

    protected override void ResetState(bool disposeDbConnection)
    {
        inUse = 0;
        base.ResetState(disposeDbConnection);
    }

    protected override ValueTask ResetStateAsync(bool disposeDbConnection)
    {
        inUse = 0;
        return base.ResetStateAsync(disposeDbConnection);
    }

    private bool IsRetired => DbConnection.State == System.Data.ConnectionState.Open && openedIn != Volatile.Read(ref generation);

    /// <summary>
    /// Open, current, writable, outside any transaction (SQLite's autocommit mode), and with no reader of its
    /// statements left open: a statement not reset would hold its read snapshot, and the connection would not see
    /// later writes.
    /// </summary>
    private bool CanStayOpen =>
        DbConnection is SqliteConnection { State: System.Data.ConnectionState.Open, Handle: { } handle } sqlite
        && !IsRetired
        && !openedReadOnly
        && SQLitePCL.raw.sqlite3_get_autocommit(handle) != 0
        && !SqliteStatementCache.HasOpenReader(sqlite);
}
