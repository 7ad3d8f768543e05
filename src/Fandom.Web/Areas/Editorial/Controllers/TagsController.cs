using Fandom.Web.Areas.Editorial.Models;
using Fandom.Web.Authorization;
using Fandom.Web.Models;
using Fandom.Web.Services;
using Fandom.Web.Services.Taxonomy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Fandom.Web.Areas.Editorial.Controllers;

[Authorize(Policy = Policies.Editor)]
public sealed class TagsController(TagService tags) : EditorialController
{
    [HttpGet("/editorial/tags")]
    public async Task<IActionResult> Index(string? q, int page = 1, CancellationToken ct = default) =>
        View(new TagsViewModel(await tags.ListAsync(q, page, ct), q));

    [HttpGet("/editorial/tags/{id:int}")]
    public async Task<IActionResult> Edit(int id, CancellationToken ct)
    {
        var all = await tags.AllAsync(ct);
        var tag = all.FirstOrDefault(t => t.Id == id);
        if (tag is null) return NotFound();
        return View(new TagEditViewModel(tag, new TagRenameInputModel { Name = tag.Name }, all.Where(t => t.Id != id).ToList()));
    }

    [HttpPost("/editorial/tags/{id:int}")]
    public async Task<IActionResult> Edit(int id, TagRenameInputModel input, CancellationToken ct)
    {
        var all = await tags.AllAsync(ct);
        var tag = all.FirstOrDefault(t => t.Id == id);
        if (tag is null) return NotFound();
        if (ModelState.IsValid)
        {
            var error = await tags.RenameAsync(id, input.Name, Actor.From(User), ct);
            if (error is null)
            {
                TempData[StatusMessage.Key] = "Tag renamed.";
                return RedirectToAction(nameof(Edit), new { id });
            }
            ModelState.AddModelError(nameof(input.Name), error);
        }
        return View(new TagEditViewModel(tag, input, all.Where(t => t.Id != id).ToList()));
    }

    [HttpPost("/editorial/tags/{id:int}/merge")]
    public async Task<IActionResult> Merge(int id, int targetId, CancellationToken ct)
    {
        var error = await tags.MergeAsync(id, targetId, Actor.From(User), ct);
        TempData[StatusMessage.Key] = error ?? "Tags merged; the old address redirects.";
        return error is null ? RedirectToAction(nameof(Edit), new { id = targetId }) : RedirectToAction(nameof(Edit), new { id });
    }
}
