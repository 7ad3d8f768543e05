using System.Collections.Concurrent;
using System.Data;
using System.Data.Common;
using System.Text.RegularExpressions;
using Fandom.Data;
using Fandom.Web.Options;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Fandom.Tests.Support;

/// <summary>A query the app sent, with its parameters, so the test can ask the database how it runs it.</summary>
public sealed record RecordedQuery(string Sql, IReadOnlyList<(string Name, object? Value, DbType Type, object? ProviderType)> Parameters);

/// <summary>Records every command the app sends while <see cref="Recording"/> is on.</summary>
public sealed class QueryRecorder : DbCommandInterceptor
{
    private readonly ConcurrentQueue<RecordedQuery> queries = new();

    public bool Recording { get; set; }

    public IReadOnlyList<RecordedQuery> Take()
    {
        var taken = new List<RecordedQuery>();
        while (queries.TryDequeue(out var query)) taken.Add(query);
        return taken;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken ct = default)
    {
        Record(command);
        return base.ReaderExecutingAsync(command, eventData, result, ct);
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken ct = default)
    {
        Record(command);
        return base.NonQueryExecutingAsync(command, eventData, result, ct);
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken ct = default)
    {
        Record(command);
        return base.ScalarExecutingAsync(command, eventData, result, ct);
    }

    private void Record(DbCommand command)
    {
        if (Recording)
            queries.Enqueue(new RecordedQuery(command.CommandText, command.Parameters.Cast<DbParameter>()
                .Select(p => (p.ParameterName, p.Value, p.DbType, p switch
                {
                    NpgsqlParameter n => (object?)n.NpgsqlDbType,
                    SqliteParameter s => s.SqliteType,
                    _ => null,
                }))
                .ToList()));
    }
}

/// <summary>Asks the database for the plan of a recorded query and finds what in it reads a whole large table.</summary>
public static partial class QueryPlans
{
    /// <summary>
    /// Requests each address with <paramref name="client"/> (whose app records into <paramref name="recorder"/>) and
    /// describes every query it sent whose plan scans the archive, or sorts it where <paramref name="mustNotSort"/> says.
    /// </summary>
    public static async Task<List<string>> ArchiveReadsAsync(
        FandomApp app, HttpClient client, QueryRecorder recorder, IEnumerable<string> urls, Func<string, bool> mustNotSort)
    {
        var failures = new List<string>();
        foreach (var url in urls)
        {
            recorder.Recording = true;
            var response = await client.GetAsync(url);
            recorder.Recording = false;
            Assert.True(response.StatusCode == System.Net.HttpStatusCode.OK, $"{url}: {response.StatusCode}");
            foreach (var query in recorder.Take())
            {
                var plan = await ExplainAsync(app, query);
                var scans = ArchiveScans(app.Provider, query, plan);
                if (mustNotSort(url)) scans = [.. scans, .. Sorts(app.Provider, query, plan)];
                if (scans.Count > 0) failures.Add($"{url}: {string.Join(" | ", scans)}\n{query.Sql}\n{plan}");
            }
        }
        return failures;
    }

    public static async Task<string> ExplainAsync(FandomApp app, RecordedQuery query)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FandomDbContext>();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = (app.Provider == DatabaseProvider.Sqlite ? "EXPLAIN QUERY PLAN " : "EXPLAIN ") + query.Sql;
        foreach (var (name, value, type, providerType) in query.Parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value ?? DBNull.Value;
            parameter.DbType = type;
            if (parameter is NpgsqlParameter npgsql && providerType is NpgsqlTypes.NpgsqlDbType npgsqlType) npgsql.NpgsqlDbType = npgsqlType;
            if (parameter is SqliteParameter sqlite && providerType is SqliteType sqliteType) sqlite.SqliteType = sqliteType;
            command.Parameters.Add(parameter);
        }
        var lines = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        // SQLite answers (id, parent, notused, detail); PostgreSQL one line of text per row.
        while (await reader.ReadAsync()) lines.Add(reader.GetString(reader.FieldCount - 1));
        return string.Join('\n', lines);
    }

    /// <summary>
    /// The steps of a plan that read a whole table of the archive (articles, their list rows, the search index), build
    /// a temporary index over one, or run a full-text match once per row of one: each costs the size of the archive on
    /// every request.
    /// </summary>
    public static IReadOnlyList<string> ArchiveScans(DatabaseProvider provider, RecordedQuery query, string plan)
    {
        var aliases = new Dictionary<string, string>();
        foreach (Match alias in AliasPattern().Matches(query.Sql)) aliases.TryAdd(alias.Groups[2].Value, alias.Groups[1].Value);
        string Table(string name) => aliases.TryGetValue(name, out var table) ? table : name;
        return plan.Split('\n').Where(line => provider == DatabaseProvider.Sqlite
                ? line.Contains("AUTOMATIC") || FullTextProbe().IsMatch(line) || (SqliteScan().Match(line) is { Success: true } scan && ArchiveTables.Contains(Table(scan.Groups[1].Value))
                    && !FullTextMatch().IsMatch(line))
                : PostgresSeqScan().Match(line) is { Success: true } seq && ArchiveTables.Contains(seq.Groups[1].Value))
            .ToList();
    }

    /// <summary>
    /// The steps of a plan over the archive that sort rows: a list read in the order of its index has none, however
    /// long it is. (A handful of sections may well be sorted.)
    /// </summary>
    public static IReadOnlyList<string> Sorts(DatabaseProvider provider, RecordedQuery query, string plan) =>
        !ArchiveTables.Any(table => query.Sql.Contains($"\"{table}\""))
            ? []
            : plan.Split('\n').Where(line => provider == DatabaseProvider.Sqlite
                ? line.Contains("TEMP B-TREE FOR") && line.Contains("ORDER BY")
                : PostgresSort().IsMatch(line)).ToList();

    private static readonly HashSet<string> ArchiveTables =
        ["Articles", "ArticleCategories", "ArticleTags", "ArticleAuthors", "ArticleQuotes", "ArticleSpeakers", "ArticleSearch", "ArticleSlugs", "ArticleRevisions", "Quotes"];

    [GeneratedRegex("(?:FROM|JOIN)\\s+\"(\\w+)\" AS \"(\\w+)\"")]
    private static partial Regex AliasPattern();

    /// <summary>A full-text table read through its index for a MATCH (an FTS5 plan string holding "M"), not scanned.</summary>
    [GeneratedRegex(@"VIRTUAL TABLE INDEX \d+:\S*M")]
    private static partial Regex FullTextMatch();

    /// <summary>A full-text table asked once per row of another (a rowid constraint, "=" in the FTS5 plan string): the match re-runs for every row.</summary>
    [GeneratedRegex(@"VIRTUAL TABLE INDEX \d+:=")]
    private static partial Regex FullTextProbe();

    [GeneratedRegex(@"\bSCAN (\w+)")]
    private static partial Regex SqliteScan();

    [GeneratedRegex(@"^\s*(->\s*)?(Incremental )?Sort\b")]
    private static partial Regex PostgresSort();

    [GeneratedRegex("Seq Scan on \"?(\\w+)\"?")]
    private static partial Regex PostgresSeqScan();
}
