using Fandom.Web.Areas.Editorial.Models;
using Fandom.Web.Authorization;
using Fandom.Web.Models;
using Fandom.Web.Services;
using Fandom.Web.Services.Editorial;
using Microsoft.AspNetCore.Mvc;

namespace Fandom.Web.Areas.Editorial.Controllers;

/// <summary>Status-only transitions, each a small form of its own on the editor page.</summary>
[Route("/editorial/articles/{id:int}")]
public sealed class WorkflowController(WorkflowService workflow, EditorialService editorial) : EditorialController
{
    [HttpPost("unpublish"), ArticleAccess(nameof(ArticleOperations.Unpublish))]
    public async Task<IActionResult> Unpublish(int id, CancellationToken ct)
    {
        return Done(id, await workflow.UnpublishAsync(id, Actor, ct), "Unpublished: the article is a draft again.", "Only a published or scheduled article can be unpublished.");
    }

    [HttpPost("archive"), ArticleAccess(nameof(ArticleOperations.Archive))]
    public async Task<IActionResult> Archive(int id, CancellationToken ct)
    {
        return Done(id, await workflow.ArchiveAsync(id, Actor, ct), "Archived: readers no longer see it.", "The article is already archived.");
    }

    /// <summary>Deleting cannot be undone, so it is asked for on a page of its own first.</summary>
    [HttpGet("delete"), ArticleAccess(nameof(ArticleOperations.Delete))]
    public async Task<IActionResult> Delete(int id, CancellationToken ct)
    {
        var article = await editorial.EditableAsync(id, ct);
        return View(new DeleteArticleViewModel(id, article!.Title, article.Status));
    }

    [HttpPost("delete"), ActionName(nameof(Delete)), ArticleAccess(nameof(ArticleOperations.Delete))]
    public async Task<IActionResult> DeleteConfirmed(int id, CancellationToken ct)
    {
        await workflow.DeleteAsync(id, Actor, ct);
        TempData[StatusMessage.Key] = "Article deleted.";
        return RedirectToAction(nameof(DashboardController.Index), "Dashboard");
    }

    private RedirectToActionResult Done(int id, Outcome<WorkflowError> moved, string done, string refused)
    {
        TempData[StatusMessage.Key] = moved.Succeeded ? done : refused;
        return RedirectToAction(nameof(ArticlesController.Edit), "Articles", new { id });
    }
}
