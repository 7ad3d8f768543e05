using Fandom.Web.Areas.Editorial.Models;
using Fandom.Web.Authorization;
using Fandom.Web.Models;
using Fandom.Web.Services;
using Fandom.Web.Services.Taxonomy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Fandom.Web.Areas.Editorial.Controllers;

[Authorize(Policy = Policies.Editor)]
public sealed class CategoriesController(CategoryService categories) : EditorialController
{
    [HttpGet("/editorial/categories")]
    public async Task<IActionResult> Index(CancellationToken ct) =>
        View(new CategoriesViewModel(await categories.ListAsync(ct), new CategoryInputModel()));

    [HttpPost("/editorial/categories")]
    public async Task<IActionResult> Create([Bind(Prefix = "NewCategory")] CategoryInputModel input, CancellationToken ct)
    {
        if (ModelState.IsValid)
        {
            var (_, error) = await categories.CreateAsync(input.ToEdit(), Actor.From(User), ct);
            if (error is null)
            {
                TempData[StatusMessage.Key] = $"Category {input.Name.Trim()} created.";
                return RedirectToAction(nameof(Index));
            }
            ModelState.AddModelError("NewCategory.Name", error);
        }
        return View(nameof(Index), new CategoriesViewModel(await categories.ListAsync(ct), input));
    }

    [HttpGet("/editorial/categories/{id:int}")]
    public async Task<IActionResult> Edit(int id, CancellationToken ct)
    {
        var category = await categories.FindAsync(id, ct);
        if (category is null) return NotFound();
        return View(await EditModelAsync(category, new CategoryInputModel { Name = category.Name, Slug = category.Slug, Description = category.Description }, ct));
    }

    [HttpPost("/editorial/categories/{id:int}")]
    public async Task<IActionResult> Edit(int id, CategoryInputModel input, CancellationToken ct)
    {
        var category = await categories.FindAsync(id, ct);
        if (category is null) return NotFound();
        if (ModelState.IsValid)
        {
            var error = await categories.UpdateAsync(id, input.ToEdit(), Actor.From(User), ct);
            if (error is null)
            {
                TempData[StatusMessage.Key] = "Category saved.";
                return RedirectToAction(nameof(Edit), new { id });
            }
            ModelState.AddModelError(nameof(input.Name), error);
        }
        return View(await EditModelAsync(category, input, ct));
    }

    [HttpPost("/editorial/categories/{id:int}/move")]
    public async Task<IActionResult> Move(int id, int direction, CancellationToken ct)
    {
        await categories.MoveAsync(id, direction, Actor.From(User), ct);
        return RedirectToAction(nameof(Index));
    }

    [HttpPost("/editorial/categories/{id:int}/merge")]
    public async Task<IActionResult> Merge(int id, int targetId, CancellationToken ct)
    {
        var error = await categories.MergeAsync(id, targetId, Actor.From(User), ct);
        TempData[StatusMessage.Key] = error ?? "Categories merged; the old address redirects.";
        return error is null ? RedirectToAction(nameof(Edit), new { id = targetId }) : RedirectToAction(nameof(Edit), new { id });
    }

    [HttpPost("/editorial/categories/{id:int}/delete")]
    public async Task<IActionResult> Delete(int id, CancellationToken ct)
    {
        var error = await categories.DeleteAsync(id, Actor.From(User), ct);
        TempData[StatusMessage.Key] = error ?? "Category deleted.";
        return error is null ? RedirectToAction(nameof(Index)) : RedirectToAction(nameof(Edit), new { id });
    }

    private async Task<CategoryEditViewModel> EditModelAsync(CategoryRow category, CategoryInputModel input, CancellationToken ct) =>
        new(category, input, (await categories.ListAsync(ct)).Where(c => c.Id != category.Id).ToList());
}
