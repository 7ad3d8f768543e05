using Fandom.Data.Entities;
using Fandom.Web.Content.Markdown;
using Fandom.Web.Areas.Editorial.Models;
using Fandom.Web.Authorization;
using Fandom.Web.Models;
using Fandom.Web.Services;
using Fandom.Web.Services.Quotes;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Fandom.Web.Areas.Editorial.Controllers;

/// <summary>The quote library: every staff member may browse and add quotes; editors edit them (SPEC §2).</summary>
[Route("/editorial/quotes")]
public sealed class QuotesController(QuoteService quotes, PeopleService people) : EditorialController
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string? q, int page = 1, CancellationToken ct = default) =>
        View(new QuoteLibraryViewModel(q.TrimToNull(), await quotes.SearchAsync(q, page, ct), MayEdit));

    /// <summary>The article editor's picker: quotes matching the search, as JSON.</summary>
    [HttpGet("picker")]
    public async Task<IActionResult> Picker(string? q, CancellationToken ct) =>
        Json((await quotes.SearchAsync(q, 1, ct)).Items.Select(i => new QuotePick(i.Id, i.Text, i.Speaker, i.SourceName)));

    [HttpGet("new")]
    public async Task<IActionResult> New(CancellationToken ct) => View("Edit", await FormAsync(new QuoteInputModel(), null, ct));

    [HttpPost("new")]
    public async Task<IActionResult> New(QuoteInputModel input, CancellationToken ct)
    {
        if (!ModelState.IsValid) return View("Edit", await FormAsync(input, null, ct));
        var id = await quotes.CreateAsync(input.ToFields(), Actor.From(User), ct);
        TempData[StatusMessage.Key] = $"Quote saved. Embed it in an article with {Shortcode.Write(Shortcode.Quote, id)}.";
        return RedirectToAction(nameof(Index));
    }

    [HttpGet("{id:int}"), Authorize(Policy = Policies.Editor)]
    public async Task<IActionResult> Edit(int id, CancellationToken ct) =>
        await quotes.EditableAsync(id, ct) is { } quote ? View(await FormAsync(QuoteInputModel.From(quote), id, ct)) : NotFound();

    [HttpPost("{id:int}"), Authorize(Policy = Policies.Editor)]
    public async Task<IActionResult> Edit(int id, QuoteInputModel input, CancellationToken ct)
    {
        if (!ModelState.IsValid) return View(await FormAsync(input, id, ct));
        if (!(await quotes.UpdateAsync(id, input.ToFields(), Actor.From(User), ct)).Succeeded) return NotFound();
        TempData[StatusMessage.Key] = "Quote saved. Articles that embed it show the new version.";
        return RedirectToAction(nameof(Index));
    }

    private bool MayEdit => User.IsEditor();

    private async Task<QuoteFormViewModel> FormAsync(QuoteInputModel input, int? id, CancellationToken ct) =>
        new(input, id, await people.NamesAsync(ct));
}
