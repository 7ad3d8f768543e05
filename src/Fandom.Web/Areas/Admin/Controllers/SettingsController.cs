using Fandom.Web.Areas.Admin.Models;
using Fandom.Web.Models;
using Fandom.Web.Services;
using Fandom.Web.Services.Site;
using Microsoft.AspNetCore.Mvc;

namespace Fandom.Web.Areas.Admin.Controllers;

public sealed class SettingsController(SiteSettingsService settings) : AdminController
{
    private static readonly IReadOnlyList<string> TimeZones = TimeZoneInfo.GetSystemTimeZones()
        .Where(z => z.HasIanaId).Select(z => z.Id).Order().ToList();

    [HttpGet("/admin/settings")]
    public IActionResult Index() => View(new SettingsViewModel(SettingsInputModel.From(settings.Current), TimeZones));

    [HttpPost("/admin/settings")]
    public async Task<IActionResult> Index(SettingsInputModel input, CancellationToken ct)
    {
        if (!ModelState.IsValid) return View(new SettingsViewModel(input, TimeZones));
        await settings.SaveAsync(input.ToUpdate(), Actor.From(User), ct);
        TempData[StatusMessage.Key] = "Settings saved.";
        return RedirectToAction(nameof(Index));
    }
}
