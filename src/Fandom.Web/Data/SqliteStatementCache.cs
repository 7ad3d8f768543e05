using System.Data;
using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Fandom.Web.Data;

/// <summary>
/// Runs each query EF reads from SQLite on a command kept for its SQL on that connection, so SQLite prepares each
/// statement once per connection instead of on every request: EF makes a new command for every query
/// (dotnet/efcore#14044), and preparing the article page's statements cost about a quarter of the page (the related
/// stories alone 160 µs). Npgsql does the same for PostgreSQL itself (Max Auto Prepare, <see cref="DatabaseSetup"/>).
/// </summary>
/// <remarks>
/// The kept commands live as long as their connection stays open (<see cref="KeptOpenSqliteConnection"/>) and are
/// dropped when it closes. A connection keeps the <see cref="StatementsPerConnection"/> it ran last. A command whose
/// reader is still open (a query run inside another's loop with the same SQL) is left to EF's own command.
/// </remarks>
public sealed class SqliteStatementCache : DbCommandInterceptor
{
    /// <summary>About twice the reader pages' distinct statements, so a crawler's walk does not push them out.</summary>
    public const int StatementsPerConnection = 64;

    public static readonly SqliteStatementCache Instance = new();

    private static readonly ConditionalWeakTable<SqliteConnection, Statements> ByConnection = new();

    private SqliteStatementCache() { }

    /// <summary>Whether a reader of a kept command of <paramref name="connection"/> is still open.</summary>
    public static bool HasOpenReader(SqliteConnection connection) =>
        ByConnection.TryGetValue(connection, out var statements) && statements.AnyReaderOpen;

    /// <summary>How many times each statement kept on <paramref name="connection"/> has run, by its SQL.</summary>
    public static IReadOnlyDictionary<string, int> RunsOn(SqliteConnection connection) =>
        ByConnection.TryGetValue(connection, out var statements) ? statements.Runs : new Dictionary<string, int>();

    public override InterceptionResult<DbDataReader> ReaderExecuting(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result) =>
        !result.HasResult && Kept(command) is { } kept
            ? InterceptionResult<DbDataReader>.SuppressWithResult(kept.Run(command))
            : result;

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default) =>
        // Microsoft.Data.Sqlite runs every command synchronously; its async methods only wrap the same call.
        ValueTask.FromResult(ReaderExecuting(command, eventData, result));

    private static KeptCommand? Kept(DbCommand command) =>
        command is SqliteCommand { Connection: { State: ConnectionState.Open } connection } sqlite
            ? ByConnection.GetValue(connection, Statements.For).Get(sqlite.CommandText, connection)
            : null;

    /// <summary>The kept commands of one connection, least recently used first out.</summary>
    private sealed class Statements
    {
        private readonly Dictionary<string, KeptCommand> bySql = new(StringComparer.Ordinal);
        private long uses;

        public static Statements For(SqliteConnection connection)
        {
            var statements = new Statements();
            // Closing the connection disposed its commands (and finalized their statements) already.
            connection.StateChange += (_, change) =>
            {
                if (change.CurrentState != ConnectionState.Open) statements.bySql.Clear();
            };
            return statements;
        }

        public bool AnyReaderOpen => bySql.Values.Any(kept => kept.ReaderOpen);

        public IReadOnlyDictionary<string, int> Runs => bySql.ToDictionary(pair => pair.Key, pair => pair.Value.Runs);

        public KeptCommand? Get(string sql, SqliteConnection connection)
        {
            if (!bySql.TryGetValue(sql, out var kept))
            {
                if (bySql.Count >= StatementsPerConnection) Evict(bySql.Values.MinBy(k => k.LastUse)!);
                kept = new KeptCommand(this, connection.CreateCommand(), sql);
                bySql[sql] = kept;
            }
            if (kept.ReaderOpen) return null;
            kept.LastUse = ++uses;
            return kept;
        }

        public void Evict(KeptCommand kept)
        {
            bySql.Remove(kept.Sql);
            kept.Command.Dispose();
        }
    }

    private sealed class KeptCommand(Statements owner, SqliteCommand command, string sql)
    {
        private SqliteDataReader? reader;

        public SqliteCommand Command { get; } = Init(command, sql);
        public string Sql => sql;
        public long LastUse { get; set; }
        public int Runs { get; private set; }
        public bool ReaderOpen => reader is { IsClosed: false };

        private static SqliteCommand Init(SqliteCommand command, string sql)
        {
            command.CommandText = sql;
            return command;
        }

        /// <summary>EF's command as given, run on this one: its parameters, transaction and timeout.</summary>
        public SqliteDataReader Run(DbCommand given)
        {
            Command.Parameters.Clear();
            foreach (SqliteParameter parameter in given.Parameters) Command.Parameters.Add(parameter);
            Command.Transaction = (SqliteTransaction?)given.Transaction;
            Command.CommandTimeout = given.CommandTimeout;
            try
            {
                reader = Command.ExecuteReader();
                Runs++;
                return reader;
            }
            catch
            {
                // EF reports the failure as its command's; this one may hold a statement in a state nobody can tell.
                owner.Evict(this);
                throw;
            }
        }
    }
}
