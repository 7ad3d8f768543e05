using System.Collections.Concurrent;

namespace Fandom.Web.Services.Import;

/// <summary>An import started from the admin page: how far it has come, and its report or error once it is done.</summary>
public sealed class ImportJob(Guid id, string fileName, bool dryRun, string counting)
{
    public Guid Id { get; } = id;
    public string FileName { get; } = fileName;
    public bool DryRun { get; } = dryRun;

    /// <summary>What the progress counts: "posts" of a WordPress or Ghost export, "articles" of a full-site archive.</summary>
    public string Counting { get; } = counting;
    public ImportProgress Progress { get; set; }
    public ImportReport? Report { get; set; }

    /// <summary>Why the run stopped, when it did not finish (a batch's transaction was rolled back).</summary>
    public string? Error { get; set; }
    public bool Finished => Report is not null || Error is not null;
}

/// <summary>
/// Runs admin-page imports in the background, one at a time, so the upload request answers at once and the page can
/// show the progress. Jobs live in this instance's memory: the progress page is served by the instance that took the
/// upload (the proxy sends an admin's /admin/import requests to one instance: nginx.conf), and a restart forgets finished reports,
/// while the audit log keeps each import's summary.
/// </summary>
public sealed class ImportJobs(IServiceScopeFactory scopes, ILogger<ImportJobs> logger)
{
    private readonly ConcurrentDictionary<Guid, ImportJob> jobs = new();

    public ImportJob? Find(Guid id) => jobs.GetValueOrDefault(id);

    public bool IsRunning => jobs.Values.Any(j => !j.Finished);

    /// <summary>Starts the import of an already read WordPress or Ghost site; null when another import is still running.</summary>
    public ImportJob? Start(ImportedSite site, string fileName, ImportOptions options, Action? cleanUp = null) =>
        Start(fileName, options.DryRun, "posts", (services, progress) => services.GetRequiredService<ImportService>().RunAsync(site, options, progress),
            "The batches before the failure are saved; run the import again to finish it.", cleanUp);

    /// <summary>Starts the import of an already read and checked full-site archive; null when another import is still running.</summary>
    public ImportJob? Start(SiteArchiveContents site, string fileName, Actor actor, Action? cleanUp = null) =>
        Start(fileName, false, "articles", (services, progress) => services.GetRequiredService<SiteImport>().RunAsync(site, actor, progress),
            "Nothing was imported: the site is as it was.", cleanUp);

    /// <param name="afterFailure">What a stopped run left behind, for the admin to read after the error.</param>
    private ImportJob? Start(string fileName, bool dryRun, string counting, Func<IServiceProvider, IProgress<ImportProgress>, Task<ImportReport>> run,
        string afterFailure, Action? cleanUp)
    {
        lock (jobs)
        {
            if (IsRunning) return null;
            var job = new ImportJob(Guid.NewGuid(), fileName, dryRun, counting);
            jobs[job.Id] = job;
            _ = Task.Run(async () =>
            {
                try
                {
                    await using var scope = scopes.CreateAsyncScope();
                    job.Report = await run(scope.ServiceProvider, new Progress(job));
                }
                catch (Exception e)
                {
                    logger.LogError(e, "The import of {File} stopped.", fileName);
                    job.Error = "The import stopped: " + e.GetBaseException().Message.ReplaceLineEndings(" ") + " " + afterFailure;
                }
                finally
                {
                    cleanUp?.Invoke();
                }
            });
            return job;
        }
    }

    private sealed class Progress(ImportJob job) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value) => job.Progress = value;
    }
}
