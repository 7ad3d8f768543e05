using Fandom.Web.Areas.Editorial.Models;
using Fandom.Web.Authorization;
using Fandom.Web.Models;
using Fandom.Web.Services;
using Fandom.Web.Services.Editorial;
using Microsoft.AspNetCore.Mvc;

namespace Fandom.Web.Areas.Editorial.Controllers;

/// <summary>An article's history: list, compare, restore, pin.</summary>
[Route("/editorial/articles/{id:int}/revisions")]
public sealed class RevisionsController(RevisionService revisions, EditorialService editorial) : EditorialController
{
    [HttpGet(""), ArticleAccess(nameof(ArticleOperations.Edit))]
    public async Task<IActionResult> Index(int id, CancellationToken ct)
    {
        var article = await editorial.EditableAsync(id, ct);
        return View(new RevisionListViewModel(id, article!.Title, await revisions.ListAsync(id, ct), new ViewerTimeFormatter(EditorZone), true));
    }

    [HttpGet("compare"), ArticleAccess(nameof(ArticleOperations.Edit))]
    public async Task<IActionResult> Compare(int id, int from, int to, CancellationToken ct)
    {
        var comparison = await revisions.CompareAsync(id, from, to, ct);
        if (comparison is null) return NotFound();
        var article = await editorial.EditableAsync(id, ct);
        return View(new RevisionCompareViewModel(id, article!.Title, comparison, new ViewerTimeFormatter(EditorZone), true));
    }

    [HttpPost("{revisionId:int}/restore"), ArticleAccess(nameof(ArticleOperations.Edit))]
    public async Task<IActionResult> Restore(int id, int revisionId, CancellationToken ct)
    {
        if (!(await editorial.RestoreAsync(id, revisionId, Actor, ct)).Succeeded) return NotFound();
        TempData[StatusMessage.Key] = "Revision restored. The article now has its text, saved as a new revision.";
        return RedirectToAction(nameof(ArticlesController.Edit), "Articles", new { id });
    }

    [HttpPost("{revisionId:int}/pin"), ArticleAccess(nameof(ArticleOperations.Edit))]
    public async Task<IActionResult> Pin(int id, int revisionId, bool pinned, CancellationToken ct)
    {
        if (!(await revisions.PinAsync(id, revisionId, pinned, ct)).Succeeded) return NotFound();
        TempData[StatusMessage.Key] = pinned ? "Revision pinned: it is kept forever." : "Revision unpinned.";
        return RedirectToAction(nameof(Index), new { id });
    }
}
