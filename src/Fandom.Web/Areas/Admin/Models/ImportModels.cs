using Fandom.Web.Services.Import;

namespace Fandom.Web.Areas.Admin.Models;

/// <summary>The import form: the export file, which system it comes from, the old site's images, and whether to only try.</summary>
public sealed class ImportInputModel
{
    public IFormFile? File { get; set; }
    public ImportFormat Format { get; set; } = ImportFormat.WordPress;

    /// <summary>A zip of wp-content/uploads (WordPress) or content/images (Ghost).</summary>
    public IFormFile? Images { get; set; }
    public bool DryRun { get; set; }
}

/// <summary>The full-site import form: one archive written by <c>export --full</c> or the download on this page.</summary>
public sealed class SiteArchiveInputModel
{
    public IFormFile? Archive { get; set; }
}

public sealed record ImportProgressViewModel(ImportJob Job)
{
    public int Percent => Job.Progress.Total == 0 ? (Job.Finished ? 100 : 0) : Job.Progress.Done * 100 / Job.Progress.Total;
}
