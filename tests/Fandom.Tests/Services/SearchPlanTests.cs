using System.Collections.Concurrent;
using System.Data.Common;
using System.Diagnostics;
using Fandom.Data;
using Fandom.Tests.Infrastructure;
using Fandom.Web.Options;
using Fandom.Web.Services.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Fandom.Tests.Services;

/// <summary>
/// Search draws its matches through the full-text index, never by reading the articles: the SQL the service really
/// runs is explained on 10,000 articles that all contain the word searched for, where reading the table until the
/// cap is met looks cheap to a planner that knows how common the word is.
/// </summary>
public abstract class SearchPlanTests(FandomApp app)
{
    [Fact]
    public async Task A_common_word_is_drawn_through_the_full_text_index()
    {
        var word = "zq" + Guid.NewGuid().ToString("N")[..8].Replace('0', 'x');
        await app.BulkArticlesAsync(10_000, $"Every article here names {word} in its body.");

        // One statement: the headline draw and the draw of matches anywhere.
        var plan = await ExplainAsync(Assert.Single(await SearchCommandsAsync(word)));
        var text = string.Join("\n", plan);
        if (app.Provider == DatabaseProvider.Sqlite)
        {
            // The FTS5 table drives both draws; the articles (EF's aliases a, a0, a1…) are only looked up by id, never
            // scanned ("SCAN s" reads a draw's own rows back).
            Assert.True(plan.Count(line => line.Contains("ArticleSearch VIRTUAL TABLE")) == 2, text);
            Assert.DoesNotContain(plan, line => System.Text.RegularExpressions.Regex.IsMatch(line, @"^SCAN (Articles|a\d*)( |$)"));
        }
        else
        {
            Assert.True(plan.Any(line => line.Contains("Bitmap Index Scan on \"IX_Articles_SearchVector\"")), text);
            Assert.True(plan.Any(line => line.Contains("Bitmap Index Scan on \"IX_Articles_HeadlineVector\"")), text);
            Assert.DoesNotContain(plan, line => line.Contains("Seq Scan on \"Articles\""));
        }
    }

    /// <summary>The statements a search runs that read the full-text index, with their parameters.</summary>
    private async Task<List<DbCommandCopy>> SearchCommandsAsync(string query)
    {
        var database = await app.WithDbAsync(db => Task.FromResult(db.Database.GetDbConnection().DataSource + "/" + db.Database.GetDbConnection().Database));
        using var recorder = new CommandRecorder(connection => connection.DataSource + "/" + connection.Database == database);
        await app.WithServiceAsync<ISearchService, bool>(async search => (await search.SearchAsync(query, 1)).MatchCount > 0);
        return recorder.Commands.Where(c => c.Text.Contains("MATCH") || c.Text.Contains("@@")).ToList();
    }

    private Task<List<string>> ExplainAsync(DbCommandCopy command) => app.WithDbAsync(async db =>
    {
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        await using var explain = connection.CreateCommand();
        explain.CommandText = (app.Provider == DatabaseProvider.Sqlite ? "EXPLAIN QUERY PLAN " : "EXPLAIN ") + command.Text;
        foreach (var (name, value) in command.Parameters)
        {
            var parameter = explain.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value;
            explain.Parameters.Add(parameter);
        }
        var lines = new List<string>();
        await using var reader = await explain.ExecuteReaderAsync();
        // SQLite's plan is rows of (id, parent, notused, detail); PostgreSQL's is one line of text per row.
        while (await reader.ReadAsync()) lines.Add(reader.GetString(reader.FieldCount - 1).Trim());
        return lines;
    });

    private sealed record DbCommandCopy(string Text, IReadOnlyList<(string Name, object? Value)> Parameters);

    /// <summary>Copies each command EF runs on one database while alive, through EF's diagnostic events.</summary>
    private sealed class CommandRecorder : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
    {
        private readonly Func<DbConnection, bool> ours;
        private readonly ConcurrentQueue<DbCommandCopy> commands = new();
        private readonly List<IDisposable> subscriptions = [];

        public CommandRecorder(Func<DbConnection, bool> ours)
        {
            this.ours = ours;
            subscriptions.Add(DiagnosticListener.AllListeners.Subscribe(this));
        }

        public IReadOnlyList<DbCommandCopy> Commands => commands.ToList();

        void IObserver<DiagnosticListener>.OnNext(DiagnosticListener listener)
        {
            if (listener.Name == DbLoggerCategory.Name)
                lock (subscriptions) subscriptions.Add(listener.Subscribe(this));
        }

        void IObserver<KeyValuePair<string, object?>>.OnNext(KeyValuePair<string, object?> value)
        {
            if (value.Key == RelationalEventId.CommandExecuted.Name && value.Value is CommandExecutedEventData data
                && data.Command.Connection is { } connection && ours(connection))
                commands.Enqueue(new DbCommandCopy(data.Command.CommandText,
                    data.Command.Parameters.Cast<DbParameter>().Select(p => (p.ParameterName, (object?)p.Value)).ToList()));
        }

        public void OnCompleted() { }

        public void OnError(Exception error) { }

        public void Dispose()
        {
            lock (subscriptions) subscriptions.ForEach(s => s.Dispose());
        }
    }
}

public sealed class SearchPlanTestsOnSqlite(SqliteApp app) : SearchPlanTests(app), IClassFixture<SqliteApp>;

public sealed class SearchPlanTestsOnPostgres(PostgresApp app) : SearchPlanTests(app), IClassFixture<PostgresApp>;
