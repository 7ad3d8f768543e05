using Fandom.Web.Authorization;
using Fandom.Web.Models;
using Fandom.Web.Services;
using Fandom.Web.Services.Editorial;
using Microsoft.AspNetCore.Mvc;

namespace Fandom.Web.Areas.Editorial.Controllers;

/// <summary>Share links to a draft preview: create (the link is shown once) and revoke.</summary>
[Route("/editorial/articles/{id:int}/preview-links")]
public sealed class PreviewLinksController(PreviewLinkService links) : EditorialController
{
    [HttpPost(""), ArticleAccess(nameof(ArticleOperations.Edit))]
    public async Task<IActionResult> Create(int id, CancellationToken ct)
    {
        var token = await links.CreateAsync(id, Actor, ct: ct);
        TempData[ArticlesController.NewPreviewUrlKey] = Url.ActionLink("Show", "Preview", new { area = "", token });
        TempData[StatusMessage.Key] = "Preview link created. Copy it now: it is shown only once.";
        return RedirectToAction(nameof(ArticlesController.Edit), "Articles", new { id }, "share");
    }

    [HttpPost("{linkId:int}/revoke"), ArticleAccess(nameof(ArticleOperations.Edit))]
    public async Task<IActionResult> Revoke(int id, int linkId, CancellationToken ct)
    {
        if (!(await links.RevokeAsync(id, linkId, Actor, ct)).Succeeded) return NotFound();
        TempData[StatusMessage.Key] = "Preview link revoked.";
        return RedirectToAction(nameof(ArticlesController.Edit), "Articles", new { id }, "share");
    }
}
