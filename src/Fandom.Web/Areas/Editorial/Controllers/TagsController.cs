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
            var renamed = await tags.RenameAsync(id, input.Name, Actor.From(User), ct);
            if (renamed.Succeeded)
            {
                TempData[StatusMessage.Key] = "Tag renamed.";
                return RedirectToAction(nameof(Edit), new { id });
            }
            ModelState.AddModelError(nameof(input.Name), Refusal(renamed.Error, renamed.Detail));
        }
        return View(new TagEditViewModel(tag, input, all.Where(t => t.Id != id).ToList()));
    }

    [HttpPost("/editorial/tags/{id:int}/merge")]
    public async Task<IActionResult> Merge(int id, int targetId, CancellationToken ct)
    {
        var merged = await tags.MergeAsync(id, targetId, Actor.From(User), ct);
        TempData[StatusMessage.Key] = merged.Succeeded ? "Tags merged; the old address redirects." : Refusal(merged.Error, merged.Detail);
        return merged.Succeeded ? RedirectToAction(nameof(Edit), new { id = targetId }) : RedirectToAction(nameof(Edit), new { id });
    }

    private static string Refusal(TagError? error, string? detail) => error switch
    {
        TagError.NoSlug => "The name needs at least one letter or digit.",
        TagError.SlugTaken => $"The tag /tag/{detail} already exists; merge into it instead.",
        TagError.MergeIntoItself => "Choose another tag to merge into.",
        _ => "No such tag.",
    };
}
