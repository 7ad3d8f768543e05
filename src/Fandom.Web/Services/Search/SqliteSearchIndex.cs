using System.Data.Common;
using System.Diagnostics;
using Fandom.Data;
using Fandom.Web.Infrastructure.Faults;
using Fandom.Web.Options;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Fandom.Web.Services.Search;

/// <summary>What one merge of the SQLite full-text index did: its segments before and after, and the write transactions it took.</summary>
public sealed record SearchIndexMerge(int SegmentsBefore, int SegmentsAfter, int Steps, TimeSpan Elapsed);

/// <summary>
/// Keeps SQLite's full-text index (<c>ArticleSearch</c>) in few segments. Every write transaction that touches an
/// article's title, dek or text adds a segment, and FTS5's own automerge only merges segments of the same size, so a
/// site that saves articles one at a time keeps several (2 to 15 over 2,000 saves); every word a search looks up descends into each.
/// At 100,000 articles the benchmark's index was in 24 segments: merged into one, a search's draws took 0.06 ms instead
/// of 0.10-0.19 (docs/reader-site.md, "Search"). The merge is FTS5's incremental one, many short write transactions,
/// so an editor's save waits for one step at most, never for the whole merge.
/// </summary>
public sealed class SqliteSearchIndex(IServiceScopeFactory scopes, IOptions<SearchOptions> options, TimeProvider time, ILogger<SqliteSearchIndex> logger)
    : BackgroundService
{
    /// <summary>
    /// Index pages (about 4 KB each) one step writes: 40-60 ms of one core on the 100,000-article index, except the step
    /// that carries a word in every article, whose list is written whole (about 0.9 s).
    /// </summary>
    public const int PagesPerStep = 1000;

    /// <summary>A pause between steps, in real time whatever the app's clock says, in which waiting writers take the lock.</summary>
    private static readonly TimeSpan BetweenSteps = TimeSpan.FromMilliseconds(20);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (options.Value.SqliteIndexCheckMinutes == 0) return;
        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(options.Value.SqliteIndexCheckMinutes), time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await MergeIfFragmentedAsync(stoppingToken);
            }
            catch (Exception e) when (DatabaseFaults.Find(e) is { } fault)
            {
                logger.LogWarning("The search index was not merged ({Cause}); the next check tries again.", fault.Cause);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // Maintenance must never take the site down: searches still work on an unmerged index.
                logger.LogError(e, "The search index was not merged; the next check tries again.");
            }
        }
    }

    /// <summary>
    /// Merges the index into one segment if it is in more than <see cref="SearchOptions.SqliteIndexMostSegments"/>;
    /// null when it was not.
    /// </summary>
    public async Task<SearchIndexMerge?> MergeIfFragmentedAsync(CancellationToken ct = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FandomDbContext>();
        await db.Database.OpenConnectionAsync(ct);
        var connection = db.Database.GetDbConnection();
        var before = await SegmentsAsync(connection, ct);
        if (before <= options.Value.SqliteIndexMostSegments) return null;

        var clock = Stopwatch.StartNew();
        var steps = 0;
        // A negative page count puts every segment on one level and merges as few as two (FTS5's 'merge' command); it
        // changed nothing, by SQLite's own test (total changes grew by less than two), once a single segment is left.
        while (true)
        {
            steps++;
            var changes = await ScalarAsync(connection, "SELECT total_changes()", ct);
            await using (var merge = connection.CreateCommand())
            {
                merge.CommandText = $"""INSERT INTO "ArticleSearch"("ArticleSearch", rank) VALUES ('merge', {-PagesPerStep})""";
                await merge.ExecuteNonQueryAsync(ct);
            }
            if (await ScalarAsync(connection, "SELECT total_changes()", ct) - changes < 2) break;
            await Task.Delay(BetweenSteps, ct);
        }
        var merged = new SearchIndexMerge(before, await SegmentsAsync(connection, ct), steps, clock.Elapsed);
        logger.LogInformation("Merged the search index from {Before} segments into {After} in {Steps} steps, {Seconds:0.0} s.",
            merged.SegmentsBefore, merged.SegmentsAfter, merged.Steps, merged.Elapsed.TotalSeconds);
        return merged;
    }

    /// <summary>The index's segments: each has its rows in the table FTS5 keeps of their leaf pages' first terms.</summary>
    public static async Task<int> SegmentsAsync(DbConnection connection, CancellationToken ct = default) =>
        (int)await ScalarAsync(connection, """SELECT count(DISTINCT "segid") FROM "ArticleSearch_idx" """, ct);

    private static async Task<long> ScalarAsync(DbConnection connection, string sql, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync(ct) is long value ? value : 0;
    }
}
