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
            var created = await categories.CreateAsync(input.ToEdit(), Actor.From(User), ct);
            if (created.Succeeded)
            {
                TempData[StatusMessage.Key] = $"Category {input.Name.Trim()} created.";
                return RedirectToAction(nameof(Index));
            }
            ModelState.AddModelError("NewCategory.Name", created.Error == CategoryError.SlugTaken
                ? $"A category already uses /category/{created.Detail}."
                : Refusal(created.Error, created.Detail));
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
            var saved = await categories.UpdateAsync(id, input.ToEdit(), Actor.From(User), ct);
            if (saved.Succeeded)
            {
                TempData[StatusMessage.Key] = "Category saved.";
                return RedirectToAction(nameof(Edit), new { id });
            }
            ModelState.AddModelError(nameof(input.Name), Refusal(saved.Error, saved.Detail));
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
        var merged = await categories.MergeAsync(id, targetId, Actor.From(User), ct);
        TempData[StatusMessage.Key] = merged.Succeeded ? "Categories merged; the old address redirects." : Refusal(merged.Error, merged.Detail);
        return merged.Succeeded ? RedirectToAction(nameof(Edit), new { id = targetId }) : RedirectToAction(nameof(Edit), new { id });
    }

    [HttpPost("/editorial/categories/{id:int}/delete")]
    public async Task<IActionResult> Delete(int id, CancellationToken ct)
    {
        var deleted = await categories.DeleteAsync(id, Actor.From(User), ct);
        TempData[StatusMessage.Key] = deleted.Succeeded ? "Category deleted." : Refusal(deleted.Error, deleted.Detail);
        return deleted.Succeeded ? RedirectToAction(nameof(Index)) : RedirectToAction(nameof(Edit), new { id });
    }

    private static string Refusal(CategoryError? error, string? detail) => error switch
    {
        CategoryError.NoSlug => "The name needs at least one letter or digit.",
        CategoryError.SlugTaken => $"A category already uses /category/{detail}; merge instead.",
        CategoryError.MergeIntoItself => "Choose another category to merge into.",
        CategoryError.HasArticles => $"{detail} still has articles: merge it into another category instead.",
        _ => "No such category.",
    };

    private async Task<CategoryEditViewModel> EditModelAsync(CategoryRow category, CategoryInputModel input, CancellationToken ct) =>
        new(category, input, (await categories.ListAsync(ct)).Where(c => c.Id != category.Id).ToList());
}
