using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Fandom.Web.Data;
using Npgsql;

namespace Fandom.Web.Infrastructure.Faults;

/// <summary>
/// Empties the connection pools when a command, connection or transaction fails with a database fault. A SQLite
/// connection opened while the file was read-only stays read-only for its whole life, and a PostgreSQL connection
/// from before a restart is dead: left in the pool, each went on failing requests long after the fault had cleared.
/// Cleared, the next request opens a fresh connection. Connections in use are dropped when they are returned.
/// </summary>
public sealed class StaleConnectionEviction : IDbCommandInterceptor, IDbConnectionInterceptor, IDbTransactionInterceptor
{
    public void CommandFailed(DbCommand command, CommandErrorEventData eventData) => ClearOn(eventData.Exception);

    public Task CommandFailedAsync(DbCommand command, CommandErrorEventData eventData, CancellationToken cancellationToken = default) =>
        ClearOn(eventData.Exception);

    public void ConnectionFailed(DbConnection connection, ConnectionErrorEventData eventData) => ClearOn(eventData.Exception);

    public Task ConnectionFailedAsync(DbConnection connection, ConnectionErrorEventData eventData, CancellationToken cancellationToken = default) =>
        ClearOn(eventData.Exception);

    public void TransactionFailed(DbTransaction transaction, TransactionErrorEventData eventData) => ClearOn(eventData.Exception);

    public Task TransactionFailedAsync(DbTransaction transaction, TransactionErrorEventData eventData, CancellationToken cancellationToken = default) =>
        ClearOn(eventData.Exception);

    private static Task ClearOn(Exception exception)
    {
        if (DatabaseFaults.Find(exception) is null) return Task.CompletedTask;
        if (exception is SqliteException || exception.InnerException is SqliteException) KeptOpenSqliteConnection.RetireAll();
        else NpgsqlConnection.ClearAllPools();
        return Task.CompletedTask;
    }
}
