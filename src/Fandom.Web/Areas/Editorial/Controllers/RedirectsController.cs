using Fandom.Web.Areas.Editorial.Models;
using Fandom.Web.Authorization;
using Fandom.Web.Models;
using Fandom.Web.Services;
using Fandom.Web.Services.Taxonomy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Fandom.Web.Areas.Editorial.Controllers;

/// <summary>Redirects are an editor's tool (fixing links readers follow), so they live beside categories and tags.</summary>
[Authorize(Policy = Policies.Editor)]
public sealed class RedirectsController(RedirectService redirects) : EditorialController
{
    /// <summary><paramref name="from"/> pre-fills the form: the 404 log's "Redirect this" links here.</summary>
    [HttpGet("/editorial/redirects")]
    public async Task<IActionResult> Index(string? from, CancellationToken ct) =>
        View(await ModelAsync(new RedirectInputModel { FromPath = from ?? "" }, ct));

    [HttpPost("/editorial/redirects")]
    public async Task<IActionResult> Create(RedirectInputModel input, CancellationToken ct)
    {
        if (ModelState.IsValid)
        {
            var added = await redirects.AddAsync(input.FromPath, input.ToPath, Actor.From(User), ct);
            if (added.Succeeded)
            {
                TempData[StatusMessage.Key] = "Redirect added.";
                return RedirectToAction(nameof(Index));
            }
            var field = added.Error == RedirectError.ToNotAllowed ? nameof(input.ToPath) : nameof(input.FromPath);
            ModelState.AddModelError(field, Refusal(added.Error, input));
        }
        return View(nameof(Index), await ModelAsync(input, ct));
    }

    [HttpPost("/editorial/redirects/{id:int}/delete")]
    public async Task<IActionResult> Delete(int id, CancellationToken ct)
    {
        await redirects.DeleteAsync(id, Actor.From(User), ct);
        TempData[StatusMessage.Key] = "Redirect deleted.";
        return RedirectToAction(nameof(Index));
    }

    private static string Refusal(RedirectError? error, RedirectInputModel input)
    {
        var (from, to) = (RedirectService.Normalize(input.FromPath), RedirectService.NormalizeTarget(input.ToPath));
        return error switch
        {
            RedirectError.FromNotAPath => "From must be a path on this site, starting with /.",
            RedirectError.ToNotAllowed => "To must be a path on this site, starting with a single / and without spaces, control characters or backslashes, or an address starting with http:// or https://.",
            RedirectError.SameAddress => "From and To are the same address.",
            RedirectError.Reserved => $"{from} is part of the site itself and cannot be redirected.",
            RedirectError.LivePage => $"{from} is a live page; a redirect from it would never be used.",
            RedirectError.AlreadyRedirects => $"{from} already redirects; delete that redirect first.",
            _ => $"{to} leads back to {from}: that would be a loop.",
        };
    }

    private async Task<RedirectsViewModel> ModelAsync(RedirectInputModel input, CancellationToken ct) =>
        new(await redirects.ListAsync(ct), await redirects.NotFoundLogAsync(ct), input);
}
