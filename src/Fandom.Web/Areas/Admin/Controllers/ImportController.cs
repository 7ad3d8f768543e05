using System.IO.Compression;
using Fandom.Web.Areas.Admin.Models;
using Fandom.Web.Services;
using Fandom.Web.Services.Export;
using Fandom.Web.Services.Import;
using Microsoft.AspNetCore.Mvc;

namespace Fandom.Web.Areas.Admin.Controllers;

/// <summary>
/// Import from WordPress or Ghost on the web: the file is read while the upload waits (so a bad file is answered on
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
                // Extraction refuses entries that would land outside the folder.
                await using var zip = images.OpenReadStream();
                await ZipFile.ExtractToDirectoryAsync(zip, extracted, ct);
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

    [HttpGet("/admin/import/{id:guid}")]
    public IActionResult Progress(Guid id) => jobs.Find(id) is { } job ? View(new ImportProgressViewModel(job)) : NotFound();

    /// <summary>What the progress bar polls.</summary>
    [HttpGet("/admin/import/{id:guid}/progress")]
    public IActionResult Status(Guid id) => jobs.Find(id) is { } job
        ? Json(new { done = job.Progress.Done, total = job.Progress.Total, finished = job.Finished })
        : NotFound();

    /// <summary>
    /// Every article as Markdown and every media file, as a zip download. The zip is written to a temporary file first:
    /// a zip's directory is written when it closes, which a response stream cannot take synchronously.
    /// </summary>
    [HttpGet("/admin/export")]
    public async Task<IActionResult> Export(CancellationToken ct)
    {
        var file = new FileStream(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 81920, FileOptions.DeleteOnClose);
        await export.WriteAsync(file, ct);
        file.Position = 0;
        return File(file, "application/zip", $"fandom-export-{time.GetUtcNow():yyyy-MM-dd}.zip");
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
