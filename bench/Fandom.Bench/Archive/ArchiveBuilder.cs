using System.Diagnostics;
using Fandom.Data;
using Fandom.Data.Entities;
using Fandom.Web.Data;
using Fandom.Web.Infrastructure;
using Fandom.Web.Services.Articles;
using Fandom.Web.Services.Media;
using Fandom.Web.Services.Quotes;
using Fandom.Web.Services.Search;
using Microsoft.EntityFrameworkCore;

namespace Fandom.Bench.Archive;

/// <summary>
/// Builds the archive through the app's own services: the app's migrations (FTS triggers on SQLite, GIN index on
/// PostgreSQL), <see cref="ArticleRenderer"/> for every body, <see cref="QuoteCollector"/> for the quote library
/// and <see cref="MediaUsage"/> for embedded images, exactly as a save does. Bodies render in parallel, one
/// DbContext per batch; batches commit in order, so ids come out the same on every build.
/// </summary>
public sealed class ArchiveBuilder(BenchSettings settings, ArchiveLocation location)
{
    private const int BatchSize = 500;

    /// <summary>Builds the archive unless a complete one is already there; returns what is known about it.</summary>
    public async Task<ArchiveInfo?> EnsureAsync(CancellationToken ct = default)
    {
        await using var app = AppServices.Build(settings.Root, location);
        if (!settings.Rebuild && await IsCompleteAsync(app.Services, ct))
        {
            Console.WriteLine($"archive: reusing {Describe()} ({location.Articles} articles)");
            // An archive built by an older version gets the app's newer migrations and renderings, as a site would.
            await app.Services.InitializeDatabaseAsync();
            await MergeSearchIndexAsync(app.Services, ct);
            return location.ReadInfo();
        }

        await location.ResetAsync();
        Console.WriteLine($"archive: building {Describe()} with {location.Articles} articles");
        var clock = Stopwatch.StartNew();
        await app.Services.InitializeDatabaseAsync();

        var anchor = DateTime.UtcNow;
        anchor = new DateTime(anchor.Year, anchor.Month, anchor.Day, anchor.Hour, 0, 0, DateTimeKind.Utc);
        Newsroom newsroom;
        await using (var scope = app.Services.CreateAsyncScope())
            newsroom = await Newsroom.CreateAsync(scope.ServiceProvider.GetRequiredService<FandomDbContext>(), anchor, BenchSettings.Seed, ct);

        var factory = new ArticleFactory(newsroom, BenchSettings.Seed, location.Articles);
        await WriteArticlesAsync(app.Services, newsroom, factory, clock, ct);
        await FinishAsync(app.Services, ct);

        var info = new ArchiveInfo(location.Articles, BenchSettings.Seed, anchor, DateTime.UtcNow, clock.Elapsed.TotalSeconds);
        location.WriteInfo(info);
        Console.WriteLine($"archive: built in {clock.Elapsed:m\\:ss}");
        return info;
    }

    private async Task WriteArticlesAsync(IServiceProvider services, Newsroom newsroom, ArticleFactory factory, Stopwatch clock, CancellationToken ct)
    {
        var batches = (location.Articles + BatchSize - 1) / BatchSize;
        var committed = Enumerable.Range(0, batches)
            .Select(_ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).ToArray();
        var next = -1;

        async Task Work()
        {
            int batch;
            while ((batch = Interlocked.Increment(ref next)) < batches)
            {
                try
                {
                    await WriteBatchAsync(services, newsroom, factory, batch, batch == 0 ? Task.CompletedTask : committed[batch - 1].Task, ct);
                    committed[batch].SetResult();
                }
                catch (Exception e)
                {
                    committed[batch].TrySetException(e);
                    throw;
                }
                var done = Math.Min(location.Articles, (batch + 1) * BatchSize);
                if (batch % 10 == 9 || batch == batches - 1)
                    Console.WriteLine($"archive: {done,7} articles, {clock.Elapsed:m\\:ss}, {done / clock.Elapsed.TotalSeconds:0} per second");
            }
        }

        await Task.WhenAll(Enumerable.Range(0, Math.Max(2, Environment.ProcessorCount)).Select(_ => Task.Run(Work, ct)));
    }

    private async Task WriteBatchAsync(IServiceProvider services, Newsroom newsroom, ArticleFactory factory, int batch, Task previous, CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        var provider = scope.ServiceProvider;
        var db = provider.GetRequiredService<FandomDbContext>();
        // Change detection once per batch, not on every query of every save.
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var renderer = provider.GetRequiredService<ArticleRenderer>();
        var quotes = provider.GetRequiredService<QuoteCollector>();
        var rows = Attach(db, newsroom);
        // One connection for the batch's few thousand lookups, not an open and close around each.
        await db.Database.OpenConnectionAsync(ct);

        var end = Math.Min(location.Articles, (batch + 1) * BatchSize);
        for (var index = batch * BatchSize; index < end; index++)
        {
            var article = factory.Create(index, rows);
            db.Articles.Add(article);
            await renderer.RenderAsync(article, ct);
            await quotes.CollectAsync(article, ct);
            await MediaUsage.RecordEmbedsAsync(db, article, ct);
        }

        await previous;
        db.ChangeTracker.DetectChanges();
        await db.SaveChangesAsync(ct);
    }

    /// <summary>This batch's own copies of the sections, tags and bylines, tracked as existing rows.</summary>
    private static BatchRows Attach(FandomDbContext db, Newsroom newsroom)
    {
        var categories = newsroom.Categories.Select(c => new Category { Id = c.Id, Name = c.Name, Slug = c.Slug }).ToList();
        var tags = newsroom.Tags.Select(t => new Tag { Id = t.Id, Name = t.Name, Slug = t.Slug }).ToList();
        var authors = newsroom.Authors.Select(a => new StaffUser { Id = a.Id, DisplayName = a.DisplayName, Slug = a.Slug }).ToList();
        db.Categories.AttachRange(categories);
        db.Tags.AttachRange(tags);
        db.Users.AttachRange(authors);
        return new BatchRows(categories, tags, authors);
    }

    /// <summary>
    /// PostgreSQL gets the statistics autovacuum would gather a minute later; SQLite gets its search index merged, as
    /// the site's first hourly check would, and folds its WAL back in.
    /// </summary>
    private async Task FinishAsync(IServiceProvider services, CancellationToken ct)
    {
        await MergeSearchIndexAsync(services, ct);
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FandomDbContext>();
        if (db.Database.IsNpgsql()) await db.Database.ExecuteSqlRawAsync("VACUUM ANALYZE", ct);
        else await db.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(TRUNCATE)", ct);
    }

    /// <summary>On SQLite, what <see cref="SqliteSearchIndex"/> does on a running site: the index in one segment once it is in too many.</summary>
    private static async Task MergeSearchIndexAsync(IServiceProvider services, CancellationToken ct)
    {
        if (services.GetService<SqliteSearchIndex>() is not { } index) return;
        if (await index.MergeIfFragmentedAsync(ct) is { } merge)
            Console.WriteLine($"archive: search index merged from {merge.SegmentsBefore} segments into {merge.SegmentsAfter}, {merge.Steps} steps in {merge.Elapsed.TotalSeconds:0.0} s");
    }

    private async Task<bool> IsCompleteAsync(IServiceProvider services, CancellationToken ct)
    {
        if (!await location.ExistsAsync()) return false;
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FandomDbContext>();
        try
        {
            // Batches commit in order, so the last one committed means every one did.
            return await db.Articles.CountAsync(ct) == location.Articles;
        }
        catch (Exception e) when (e is Microsoft.Data.Sqlite.SqliteException or Npgsql.PostgresException)
        {
            return false;
        }
    }

    private string Describe() => location.Provider == Fandom.Web.Options.DatabaseProvider.Sqlite
        ? Path.GetRelativePath(settings.Root, location.SqlitePath)
        : $"PostgreSQL database {location.PostgresDatabase}";
}
