using Fandom.Web.Areas.Admin.Models;
using Fandom.Web.Services;
using Fandom.Web.Services.Export;
using Fandom.Web.Services.Import;
using Microsoft.AspNetCore.Mvc;

namespace Fandom.Web.Areas.Admin.Controllers;

/// <summary>
/// Import from WordPress, Ghost or a full-site archive on the web, and both exports as downloads: the file is read while the upload waits (so a bad file is answered on
/// the form and nothing is imported), then the import runs in the background and its page shows the progress.
/// </summary>
public sealed class ImportController(ImportJobs jobs, MarkdownExport export, TimeProvider time) : AdminController
{
    /// <summary>An archive's export and its images can be large; the form allows this much in one post.</summary>
    private const long MaxUploadBytes = 1024L * 1024 * 1024;

    [HttpGet("/admin/import")]
    public IActionResult Index() => View(new ImportInputModel());

    [HttpPost("/admin/import")]
    [RequestSizeLimit(MaxUploadBytes), RequestFormLimits(MultipartBodyLengthLimit = MaxUploadBytes)]
    public async Task<IActionResult> Index(ImportInputModel input, CancellationToken ct)
    {
        if (input.File is not { Length: > 0 } file)
        {
            ModelState.AddModelError(nameof(input.File), "Choose the export file to import.");
            return View(input);
        }
        ImportedSite site;
        try
        {
            await using var stream = file.OpenReadStream();
            site = input.Format == ImportFormat.Ghost ? GhostReader.Read(stream) : WordPressReader.Read(stream);
        }
        catch (ImportFileException e)
        {
            ModelState.AddModelError(nameof(input.File), $"{file.FileName}, {e.Message} Nothing was imported.");
            return View(input);
        }

        string? extracted = null, folder = null;
        if (input.Images is { Length: > 0 } images)
        {
            extracted = Path.Combine(Path.GetTempPath(), $"fandom-import-{Guid.NewGuid():N}");
            try
            {
                using var zip = ZipLimits.Open(images.OpenReadStream());
                ZipLimits.ExtractTo(zip, extracted);
            }
            catch (ImportFileException e)
            {
                DeleteFolder(extracted);
                ModelState.AddModelError(nameof(input.Images), $"{images.FileName}: {e.Message} Zip the uploads folder and try again. Nothing was imported.");
                return View(input);
            }
            catch (Exception e) when (e is InvalidDataException or IOException)
            {
                DeleteFolder(extracted);
                ModelState.AddModelError(nameof(input.Images), $"{images.FileName} is not a zip archive we can open. Zip the uploads folder and try again. Nothing was imported.");
                return View(input);
            }
            folder = UploadsRoot(extracted);
        }

        var job = jobs.Start(site, file.FileName, new ImportOptions(input.DryRun, folder, Actor.From(User)), () => DeleteFolder(extracted));
        if (job is null)
        {
            DeleteFolder(extracted);
            ModelState.AddModelError("", "Another import is still running. Wait for it to finish, then start this one.");
            return View(input);
        }
        return RedirectToAction(nameof(Progress), new { id = job.Id });
    }

    /// <summary>
    /// A full-site archive into this site, which must be empty but for the Admin uploading it. The upload is kept in a
    /// temporary file (the media make it large) and read and checked whole while the upload waits, so a bad archive is
    /// answered on the form with the command line's message; then the import runs as a job like the others.
    /// </summary>
    [HttpPost("/admin/import/site")]
    [RequestSizeLimit(MaxUploadBytes), RequestFormLimits(MultipartBodyLengthLimit = MaxUploadBytes)]
    public async Task<IActionResult> Site(SiteArchiveInputModel input, [FromServices] SiteImport importer, [FromServices] SiteArchiveReader reader, CancellationToken ct)
    {
        var actor = Actor.From(User);
        if (input.Archive is not { Length: > 0 } upload) return SiteRefused("Choose the full-site archive (.zip) to import.");
        if (await importer.NotEmptyAsync(actor, ct) is { } notEmpty) return SiteRefused(notEmpty);

        var temporary = Path.Combine(Path.GetTempPath(), $"fandom-site-{Guid.NewGuid():N}.zip");
        await using (var copy = System.IO.File.Create(temporary)) await upload.CopyToAsync(copy, ct);
        SiteArchiveContents site;
        try
        {
            site = reader.Read(temporary);
        }
        catch (ImportFileException e)
        {
            System.IO.File.Delete(temporary);
            return SiteRefused($"{upload.FileName}: {e.Message} Nothing was imported.");
        }
        var job = jobs.Start(site, upload.FileName, actor, () => System.IO.File.Delete(temporary));
        if (job is null)
        {
            System.IO.File.Delete(temporary);
            return SiteRefused("Another import is still running. Wait for it to finish, then start this one.");
        }
        return RedirectToAction(nameof(Progress), new { id = job.Id });
    }

    private ViewResult SiteRefused(string message)
    {
        ModelState.AddModelError(nameof(SiteArchiveInputModel.Archive), message);
        return View(nameof(Index), new ImportInputModel());
    }

    [HttpGet("/admin/import/{id:guid}")]
    public IActionResult Progress(Guid id) => jobs.Find(id) is { } job ? View(new ImportProgressViewModel(job)) : NotFound();

    /// <summary>What the progress bar polls.</summary>
    [HttpGet("/admin/import/{id:guid}/progress")]
    public IActionResult Status(Guid id) => jobs.Find(id) is { } job
        ? Json(new { done = job.Progress.Done, total = job.Progress.Total, finished = job.Finished, counting = job.Counting })
        : NotFound();

    /// <summary>Every article as Markdown and every media file, as a zip download.</summary>
    [HttpGet("/admin/export")]
    public Task<IActionResult> Export(CancellationToken ct) =>
        ZipDownloadAsync("fandom-export", file => export.WriteAsync(file, ct));

    /// <summary>The whole site as a full-site archive, for another Fandom's import; the download is audited.</summary>
    [HttpGet("/admin/export/full")]
    public Task<IActionResult> ExportFullSite([FromServices] FullSiteExport fullExport, CancellationToken ct) =>
        ZipDownloadAsync("fandom-site", file => fullExport.WriteAsync(file, Actor.From(User), ct));

    /// <summary>
    /// Streams what <paramref name="write"/> writes. The zip is written to a temporary file first: a zip's directory is
    /// written when it closes, which a response stream cannot take synchronously.
    /// </summary>
    private async Task<IActionResult> ZipDownloadAsync(string name, Func<Stream, Task> write)
    {
        var file = new FileStream(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 81920, FileOptions.DeleteOnClose);
        try
        {
            await write(file);
        }
        catch
        {
            // The response owns the file only once it is returned; until then closing it here deletes it.
            await file.DisposeAsync();
            throw;
        }
        file.Position = 0;
        return File(file, "application/zip", $"{name}-{time.GetUtcNow():yyyy-MM-dd}.zip");
    }

    /// <summary>A zip of the uploads folder usually holds the folder itself: its years are one level down.</summary>
    private static string UploadsRoot(string folder)
    {
        var root = folder;
        while (Directory.GetFiles(root).Length == 0 && Directory.GetDirectories(root) is [var only] && !Path.GetFileName(only).All(char.IsAsciiDigit))
            root = only;
        return root;
    }

    private static void DeleteFolder(string? folder)
    {
        if (folder is not null && Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
    }
}
