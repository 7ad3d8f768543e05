using Fandom.Data.Entities;
using Fandom.Web.Areas.Editorial.Models;
using Fandom.Web.Services;
using Microsoft.AspNetCore.Mvc;

namespace Fandom.Web.Areas.Editorial.Controllers;

public sealed class DashboardController(EditorialService editorial) : EditorialController
{
    [HttpGet("/editorial")]
    public async Task<IActionResult> Index(CancellationToken ct)
    {
        var everyone = User.IsInRole(Roles.Editor) || User.IsInRole(Roles.Admin);
        var items = await editorial.DeskAsync(Actor.From(User), everyone, ct);
        return View(new DeskViewModel(items, everyone));
    }
}
