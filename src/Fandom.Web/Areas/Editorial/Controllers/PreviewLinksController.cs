using Fandom.Web.Authorization;
using Fandom.Web.Models;
using Fandom.Web.Services;
using Fandom.Web.Services.Editorial;
using Microsoft.AspNetCore.Mvc;

namespace Fandom.Web.Areas.Editorial.Controllers;

/// <summary>Share links to a draft preview: create (the link is shown once) and revoke.</summary>
[Route("/editorial/articles/{id:int}/preview-links")]
public sealed class PreviewLinksController(PreviewLinkService links, ArticleGate gate) : EditorialController
{
    [HttpPost("")]
    public async Task<IActionResult> Create(int id, CancellationToken ct)
    {
        if (Refusal(await gate.CheckAsync(User, id, ArticleOperations.Edit, ct)) is { } refused) return refused;
        var token = await links.CreateAsync(id, Actor, ct: ct);
        TempData[ArticlesController.NewPreviewUrlKey] = $"{Request.Scheme}://{Request.Host}/preview/{token}";
        TempData[StatusMessage.Key] = "Preview link created. Copy it now: it is shown only once.";
        return Redirect($"/editorial/articles/{id}#share");
    }

    [HttpPost("{linkId:int}/revoke")]
    public async Task<IActionResult> Revoke(int id, int linkId, CancellationToken ct)
    {
        if (Refusal(await gate.CheckAsync(User, id, ArticleOperations.Edit, ct)) is { } refused) return refused;
        if (!(await links.RevokeAsync(id, linkId, Actor, ct)).Succeeded) return NotFound();
        TempData[StatusMessage.Key] = "Preview link revoked.";
        return Redirect($"/editorial/articles/{id}#share");
    }
}
