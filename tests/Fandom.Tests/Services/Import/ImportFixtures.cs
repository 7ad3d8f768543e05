using System.Runtime.CompilerServices;
using System.Text;
using Fandom.Tests.Support;
using Fandom.Web.Infrastructure;
using Fandom.Web.Services.Import;
using SkiaSharp;

namespace Fandom.Tests.Services.Import;

/// <summary>The export files under Fixtures/, written from the published formats, and an uploads folder with their images.</summary>
public static class ImportFixtures
{
    public static string FixturePath(string name) => Path.Combine(Paths.RepositoryRoot, "tests", "Fandom.Tests", "Services", "Import", "Fixtures", name);

    /// <summary>The WXR fixture with the second author's email set to a staff member's, so matching by email is tested.</summary>
    public static string WordPressExport(string staffEmail) => File.ReadAllText(FixturePath("wordpress-export.xml")).Replace("STAFF_EMAIL", staffEmail);

    public static string GhostExport() => File.ReadAllText(FixturePath("ghost-export.json"));

    public static Stream Stream(string text) => new MemoryStream(Encoding.UTF8.GetBytes(text));

    /// <summary>A folder laid out like wp-content/uploads or content/images: every image the fixtures name but one (lost.jpg).</summary>
    public static string UploadsFolder()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"fandom-uploads-{Guid.NewGuid():N}");
        Directory.CreateDirectory(Path.Combine(folder, "2026", "05"));
        File.WriteAllBytes(Path.Combine(folder, "2026", "05", "poster.png"), TestImages.Encode(1200, 675, SKEncodedImageFormat.Png));
        File.WriteAllBytes(Path.Combine(folder, "2026", "05", "cast.jpg"), TestImages.Encode(900, 600, SKEncodedImageFormat.Jpeg));
        File.WriteAllBytes(Path.Combine(folder, "2026", "05", "paris.jpg"), TestImages.Encode(800, 600, SKEncodedImageFormat.Jpeg));
        return folder;
    }

    /// <summary>Runs the command line as `dotnet run -- …` does, against the test app's services, and captures what it writes.</summary>
    public static async Task<(int Exit, string Output, string Errors)> CommandAsync(FandomApp app, params string[] args)
    {
        var output = new StringWriter();
        var errors = new StringWriter();
        var exit = await CommandLine.RunAsync(app.Services, args, output, errors);
        return (exit, output.ToString(), errors.ToString());
    }

    private static readonly ConditionalWeakTable<FandomApp, Task<ImportedRun>> Runs = new();

    /// <summary>The WordPress fixture imported once into <paramref name="app"/>, shared by the tests that read the result.</summary>
    public static Task<ImportedRun> WordPressImportedAsync(this FandomApp app) => Runs.GetValue(app, a => ImportAsync(a));

    private static async Task<ImportedRun> ImportAsync(FandomApp app)
    {
        var staffer = await app.CreateStaffAsync(Fandom.Data.Entities.Roles.Editor, "Existing Staffer");
        var uploads = UploadsFolder();
        var site = WordPressReader.Read(Stream(WordPressExport(staffer.Email)));
        var report = await app.WithServiceAsync<ImportService, ImportReport>(s => s.RunAsync(site, new ImportOptions(false, uploads, null)));
        return new ImportedRun(report, staffer, uploads, site);
    }
}

public sealed record ImportedRun(ImportReport Report, StaffCredentials Staffer, string Uploads, ImportedSite Site);
