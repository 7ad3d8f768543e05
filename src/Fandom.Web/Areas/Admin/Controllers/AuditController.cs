using Fandom.Web.Areas.Admin.Models;
using Fandom.Web.Services.Admin;
using Microsoft.AspNetCore.Mvc;

namespace Fandom.Web.Areas.Admin.Controllers;

public sealed class AuditController(AuditQueryService audit) : AdminController
{
    [HttpGet("/admin/audit")]
    public async Task<IActionResult> Index(string? person, [FromQuery(Name = "action")] string? actionName, DateOnly? from, DateOnly? to, int page = 1, CancellationToken ct = default)
    {
        var filter = new AuditFilter(person, actionName, from, to);
        return View(new AuditViewModel(await audit.SearchAsync(filter, page, ct), filter, await audit.ActionsAsync(ct)));
    }
}
