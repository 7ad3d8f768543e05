using Fandom.Web.Services.Export;
using Fandom.Web.Services.Import;
using Fandom.Web.Services.Site;
using Microsoft.EntityFrameworkCore;

namespace Fandom.Web.Infrastructure;

/// <summary>
/// The app binary's commands besides serving: <c>import wordpress FILE [--uploads DIR] [--dry-run]</c>,
/// <c>import ghost FILE [--uploads DIR] [--dry-run]</c>, <c>import fandom FILE</c>, <c>export FILE</c>, <c>export --full FILE</c>,
/// <c>initialize [HOST OPTIONS]</c>. They run against the configured database, after its migrations.
/// </summary>
public static class CommandLine
{
    public const string Usage = """
        Usage:
          import wordpress FILE [--uploads DIR] [--dry-run]   import a WordPress export (WXR); DIR is a copy of wp-content/uploads
          import ghost FILE [--uploads DIR] [--dry-run]       import a Ghost JSON export; DIR is a copy of content/images
          import fandom FILE                                  import a full-site archive (export --full) into an empty site
          export FILE                                         every article as Markdown with YAML front matter, and the media, in one zip
          export --full FILE                                  the whole site (articles, revisions, taxonomy, people, quotes, media, redirects, settings, staff bylines) in one zip
          initialize [HOST OPTIONS]                           migrate, re-render and seed as a start would, then exit (the server runs it before it listens)
        """;

    /// <summary>The command a server runs in a child process before it listens (<see cref="Data.InitializerProcess"/>).</summary>
    public const string Initialize = "initialize";

    /// <summary>Whether the arguments name a command rather than options for the web host.</summary>
    public static bool IsCommand(string[] args) => args is ["import", ..] or ["export", ..] or [Initialize, ..];

    /// <summary>
    /// The arguments the web host reads as configuration: all of a server's; after <c>initialize</c>, the server's that
    /// it was given; none of the other commands', whose arguments are their own.
    /// </summary>
    public static string[] HostArguments(string[] args) => args switch
    {
        [Initialize, .. var host] => host,
        _ when IsCommand(args) => [],
        _ => args,
    };

    public static async Task<int> RunAsync(IServiceProvider services, string[] args, TextWriter output, TextWriter errors)
    {
        var positional = args.Where((a, i) => !a.StartsWith("--") && (i == 0 || args[i - 1] != "--uploads")).ToList();
        var uploads = args.SkipWhile(a => a != "--uploads").Skip(1).FirstOrDefault();
        var dryRun = args.Contains("--dry-run");
        // The database work itself ran before any command, as at every start.
        if (args is [Initialize, ..])
        {
            await output.WriteLineAsync("The database is initialized.");
            return 0;
        }
        if (positional is ["export", var target])
            return args.Contains("--full") ? await ExportFullSiteAsync(services, target, output) : await ExportAsync(services, target, output);
        if (positional is ["import", "fandom", var archive] && !dryRun && uploads is null)
            return await ImportSiteAsync(services, archive, output, errors);
        if (positional is not ["import", var format, var file] || format is not ("wordpress" or "ghost"))
        {
            await errors.WriteLineAsync(Usage);
            return 2;
        }
        if (!File.Exists(file))
        {
            await errors.WriteLineAsync($"{file}: no such file.");
            return 1;
        }
        if (uploads is not null && !Directory.Exists(uploads))
        {
            await errors.WriteLineAsync($"{uploads}: no such folder.");
            return 1;
        }

        ImportedSite site;
        try
        {
            await using var stream = File.OpenRead(file);
            site = format == "wordpress" ? WordPressReader.Read(stream) : GhostReader.Read(stream);
        }
        catch (ImportFileException e)
        {
            await errors.WriteLineAsync($"{file}, {e.Message} Nothing was imported.");
            return 1;
        }

        await using var scope = services.CreateAsyncScope();
        var importer = scope.ServiceProvider.GetRequiredService<ImportService>();
        var progress = new SynchronousProgress<ImportProgress>(p => errors.Write($"\r{Bar(p)}{(p.Done == p.Total ? "\n" : "")}"));
        var report = await importer.RunAsync(site, new ImportOptions(dryRun, uploads, null), progress);

        foreach (var post in report.Posts)
            await output.WriteLineAsync(post.Created
                ? $"{(dryRun ? "would create" : "created")}  {post.Title} ({post.SourceStatus}) → {ReaderUrls.Article(post.Slug!)}"
                : $"skipped   {post.Title} ({post.SourceStatus}): {post.Reason}");
        foreach (var problem in report.Problems) await output.WriteLineAsync($"problem   {problem}");
        await output.WriteLineAsync(report.Summary);
        return 0;
    }

    /// <summary>A full-site archive into an empty site: read and checked whole, then written in one transaction.</summary>
    private static async Task<int> ImportSiteAsync(IServiceProvider services, string file, TextWriter output, TextWriter errors)
    {
        if (!File.Exists(file))
        {
            await errors.WriteLineAsync($"{file}: no such file.");
            return 1;
        }
        await using var scope = services.CreateAsyncScope();
        var importer = scope.ServiceProvider.GetRequiredService<SiteImport>();
        // The cheap refusal first: a site that is not empty is told so before the archive's images are decoded.
        if (await importer.NotEmptyAsync(null) is { } notEmpty)
        {
            await errors.WriteLineAsync(notEmpty);
            return 1;
        }
        SiteArchiveContents site;
        try
        {
            site = scope.ServiceProvider.GetRequiredService<SiteArchiveReader>().Read(file);
        }
        catch (ImportFileException e)
        {
            await errors.WriteLineAsync($"{file}: {e.Message} Nothing was imported.");
            return 1;
        }
        var progress = new SynchronousProgress<ImportProgress>(p => errors.Write($"\r{Bar(p, "articles")}{(p.Done == p.Total ? "\n" : "")}"));
        ImportReport report;
        try
        {
            report = await importer.RunAsync(site, null, progress);
        }
        catch (SiteNotEmptyException e)
        {
            await errors.WriteLineAsync(e.Message);
            return 1;
        }
        catch (Exception e) when (e is DbUpdateException or InvalidOperationException or IOException or ImportFileException)
        {
            // The progress bar's line is left open; the message starts on its own.
            await errors.WriteLineAsync();
            await errors.WriteLineAsync($"{file}: the import stopped: {e.GetBaseException().Message.ReplaceLineEndings(" ")} Nothing was imported: the site is as it was.");
            return 1;
        }
        await output.WriteLineAsync(report.Summary);
        await output.WriteLineAsync(SiteImportNextStep);
        return 0;
    }

    /// <summary>What the people an archive brought must do before they can sign in.</summary>
    public const string SiteImportNextStep =
        "Staff accounts came without passwords: each person signs in after \"Forgot your password?\" on the sign-in page, or an admin sends an invitation from the Users page.";

    private static Task<int> ExportAsync(IServiceProvider services, string target, TextWriter output) =>
        WriteZipAsync<MarkdownExport>(services, target, output, async (export, file) =>
            $"Exported {await export.WriteAsync(file)} articles and their media to {target}.");

    private static Task<int> ExportFullSiteAsync(IServiceProvider services, string target, TextWriter output) =>
        WriteZipAsync<FullSiteExport>(services, target, output, async (export, file) =>
            $"Exported the whole site to {target}: {await export.WriteAsync(file)}.");

    /// <summary>Runs one exporter in its own scope into <paramref name="target"/>, then prints what it says it wrote.</summary>
    private static async Task<int> WriteZipAsync<TExport>(IServiceProvider services, string target, TextWriter output,
        Func<TExport, Stream, Task<string>> write) where TExport : notnull
    {
        await using var scope = services.CreateAsyncScope();
        string message;
        await using (var file = File.Create(target))
            message = await write(scope.ServiceProvider.GetRequiredService<TExport>(), file);
        await output.WriteLineAsync(message);
        return 0;
    }

    private static string Bar(ImportProgress p, string what = "posts")
    {
        const int width = 30;
        var filled = p.Total == 0 ? width : p.Done * width / p.Total;
        return $"[{new string('#', filled)}{new string('.', width - filled)}] {p.Done}/{p.Total} {what}";
    }

    /// <summary>Reports on the caller's thread, so the bar is drawn in order (Progress&lt;T&gt; posts to the thread pool).</summary>
    private sealed class SynchronousProgress<T>(Action<T> report) : IProgress<T>
    {
        public void Report(T value) => report(value);
    }
}
