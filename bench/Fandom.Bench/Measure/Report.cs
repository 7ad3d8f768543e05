using System.Globalization;
using System.Text;
using Fandom.Bench.Archive;
using Fandom.Web.Options;

namespace Fandom.Bench.Measure;

/// <summary>The Markdown report of one run: where it ran, then one table for latency and one for throughput.</summary>
public static class Report
{
    public static string Write(BenchSettings settings, ArchiveLocation location, ArchiveInfo? archive, MachineInfo machine,
        IReadOnlyList<PageMeasurement> pages, Memory app, Memory ceiling, SitemapFiles sitemap)
    {
        var provider = location.Provider == DatabaseProvider.Sqlite ? "SQLite" : "PostgreSQL";
        var text = new StringBuilder();
        text.AppendLine($"## Reader pages: {provider}, {settings.Articles.ToString("N0", CultureInfo.InvariantCulture)} articles");
        text.AppendLine();
        text.AppendLine($"- machine: {machine.Cores} cores, {machine.Cpu}, {machine.Runtime}, {machine.Os}; load average {machine.LoadAverage} at the start");
        text.AppendLine($"- code: commit {machine.Commit}, measured {machine.AtUtc:yyyy-MM-dd HH:mm} UTC");
        text.AppendLine(archive is null
            ? "- archive: reused; its build time was not recorded"
            : $"- archive: built in {Duration(archive.BuildSeconds)} on {archive.BuiltAtUtc:yyyy-MM-dd} (seed {archive.Seed}, publish times over the ten years before {archive.AnchorUtc:yyyy-MM-dd})");
        text.AppendLine($"- one at a time: after {settings.WarmUpSeconds} s of requests to every page in turn, {settings.Requests} requests per page (fewer when they take over {settings.RequestSeconds} s) on one kept-alive connection, each with " +
            $"`Authorization: {ReaderClient.UncachedHeader}`, which skips the output cache; SQL counts the EF Core commands of one such request");
        text.AppendLine($"- load: `wrk -t{settings.Threads} -c{settings.Connections} -d{settings.Duration} --latency`; uncached sends the same header, " +
            "cached does not (search is never output-cached); the ceiling is a minimal Kestrel app serving the captured bytes from memory");
        text.AppendLine($"- server memory (VmRSS): app {app.IdleMb:0} MB idle after start, {app.AfterLoadMb:0} MB right after the load, " +
            $"{app.QuietMb:0} MB {PageLoadRun.QuietAfterLoad.TotalSeconds:0} s later; ceiling {ceiling.IdleMb:0} MB, {ceiling.AfterLoadMb:0} MB, {ceiling.QuietMb:0} MB");
        text.AppendLine(sitemap.IsIndex
            ? $"- sitemap: an index of {sitemap.Files.Count} files, {N(sitemap.TotalUrls)} URLs in all, the largest file {N(sitemap.LargestFile)} URLs " +
              $"({(sitemap.LargestFile <= SitemapFiles.MaxUrlsPerFile ? "within" : "**over**")} the protocol's {N(SitemapFiles.MaxUrlsPerFile)})"
            : $"- sitemap: one file of {N(sitemap.TotalUrls)} URLs");
        text.AppendLine();

        text.AppendLine("| page | path | what | bytes | SQL | requests | p50 ms | p90 ms | ceiling p50 ms |");
        text.AppendLine("|---|---|---|---:|---:|---:|---:|---:|---:|");
        foreach (var page in pages)
        {
            text.AppendLine($"| {page.Page.Name} | `{page.Page.Path}` | {page.Page.Note} | {page.Bytes.ToString("N0", CultureInfo.InvariantCulture)} | " +
                $"{page.SqlStatements} | {page.Sequential?.Requests} | {Ms(page.Sequential?.P50Ms)} | {Ms(page.Sequential?.P90Ms)} | {Ms(page.CeilingSequential?.P50Ms)} |");
        }
        text.AppendLine();

        text.AppendLine("| page | uncached req/s | p50 ms | p99 ms | cached req/s | p50 ms | p99 ms | ceiling req/s | p50 ms | p99 ms |");
        text.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var page in pages)
            text.AppendLine($"| {page.Page.Name} | {Load(page.Uncached)} | {Load(page.Cached)} | {Load(page.Ceiling)} |");

        var failures = pages.Sum(p => (p.Sequential?.Failures ?? 0) + (p.CeilingSequential?.Failures ?? 0));
        var errors = pages.Sum(p => (p.Uncached?.Errors ?? 0) + (p.Cached?.Errors ?? 0) + (p.Ceiling?.Errors ?? 0));
        if (failures + errors > 0)
        {
            text.AppendLine();
            text.AppendLine($"**Not every request succeeded**: {failures} one-at-a-time requests and {errors} wrk requests failed (marked `!`).");
        }
        return text.ToString();
    }

    /// <summary>A run in which no request finished (each took longer than the whole run) has no latency to show.</summary>
    private static string Load(WrkResult? result) => result is null ? "– | – | –"
        : result.Requests == 0 ? "0 (none finished) | – | –"
        : $"{Rate(result.RequestsPerSecond)}{(result.Errors > 0 ? $" ({result.Errors} !)" : "")} | {Ms(result.P50Ms)} | {Ms(result.P99Ms)}";

    private static string N(int value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static string Rate(double value) => double.IsNaN(value) ? "–" : value.ToString(value >= 100 ? "N0" : "0.0", CultureInfo.InvariantCulture);

    private static string Ms(double? value) => value is not { } ms || double.IsNaN(ms) ? "–"
        : ms.ToString(ms >= 100 ? "N0" : ms >= 10 ? "0.0" : "0.00", CultureInfo.InvariantCulture);

    private static string Duration(double seconds) =>
        seconds < 60 ? $"{seconds:0} s" : $"{(int)(seconds / 60)} min {(int)(seconds % 60):00} s";
}
