using Fandom.Web.Areas.Editorial.Models;
using Fandom.Web.Authorization;
using Fandom.Web.Models;
using Fandom.Web.Services;
using Fandom.Web.Services.Quotes;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Fandom.Web.Areas.Editorial.Controllers;

/// <summary>People who are quoted: every staff member may add one; editors edit them (SPEC §2).</summary>
[Route("/editorial/people")]
public sealed class PeopleController(PeopleService people) : EditorialController
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string? q, int page = 1, CancellationToken ct = default) =>
        View(new PeopleViewModel(q.TrimToNull(), await people.SearchAsync(q, page, ct),
            User.IsEditor()));

    [HttpGet("new")]
    public IActionResult New() => View("Edit", new PersonFormViewModel(new PersonInputModel(), null));

    [HttpPost("new")]
    public async Task<IActionResult> New(PersonInputModel input, CancellationToken ct)
    {
        if (ModelState.IsValid && !(await people.CreateAsync(input.ToFields(), Actor.From(User), ct)).Succeeded)
            ModelState.AddModelError(nameof(input.Name), "Someone of that name is already in the library.");
        if (!ModelState.IsValid) return View("Edit", new PersonFormViewModel(input, null));
        TempData[StatusMessage.Key] = "Person saved.";
        return RedirectToAction(nameof(Index));
    }

    [HttpGet("{id:int}"), Authorize(Policy = Policies.Editor)]
    public async Task<IActionResult> Edit(int id, CancellationToken ct) =>
        await people.EditableAsync(id, ct) is { } person ? View(new PersonFormViewModel(PersonInputModel.From(person), id)) : NotFound();

    [HttpPost("{id:int}"), Authorize(Policy = Policies.Editor)]
    public async Task<IActionResult> Edit(int id, PersonInputModel input, CancellationToken ct)
    {
        if (!ModelState.IsValid) return View(new PersonFormViewModel(input, id));
        if (!(await people.UpdateAsync(id, input.ToFields(), Actor.From(User), ct)).Succeeded) return NotFound();
        TempData[StatusMessage.Key] = "Person saved.";
        return RedirectToAction(nameof(Index));
    }
}
