using Fandom.Web.Areas.Editorial.Models;
using Fandom.Web.Authorization;
using Fandom.Web.Models;
using Fandom.Web.Services;
using Fandom.Web.Services.Media;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Fandom.Web.Areas.Editorial.Controllers;

/// <summary>
/// The media library: every staff member uploads images; who may describe one is <see cref="MediaAuthorizationHandler"/>'s
/// rule (it asks through <see cref="MediaAuthorization"/>, taken by the actions that need it); editors delete them.
/// </summary>
[Route("/editorial/media")]
public sealed class MediaController(MediaService media, MediaUploader uploader, TimeProvider time) : EditorialController
{
    [HttpGet("")]
    public async Task<IActionResult> Index([FromServices] MediaAuthorization rights, string? q, int page = 1, CancellationToken ct = default) =>
        View(await LibraryAsync(rights, q, page, new MediaUploadInputModel(), ct));

    /// <summary>
    /// Takes one or several files. The upload script sends one file per request and asks for JSON,
    /// so it can show progress per file; a plain form post gets the page back.
    /// </summary>
    [HttpPost("")]
    public async Task<IActionResult> Upload([FromServices] MediaAuthorization rights, MediaUploadInputModel input, CancellationToken ct)
    {
        var wantsJson = Request.Headers.Accept.ToString().Contains("application/json", StringComparison.OrdinalIgnoreCase);
        if (input.Files.Count == 0) ModelState.AddModelError(nameof(input.Files), "Choose at least one image file.");
        if (input.Files.Count > uploader.Limits.MaxFilesPerRequest)
            ModelState.AddModelError(nameof(input.Files), UploadRefusals.TooManyFiles(input.Files.Count, uploader.Limits));
        var errors = new List<string>();
        var uploaded = new List<int>();
        if (ModelState.IsValid)
        {
            foreach (var file in input.Files)
            {
                await using var stream = file.OpenReadStream();
                var result = await uploader.UploadAsync(stream, file.Length, file.FileName, input.ToDetails(), Actor.From(User), ct);
                if (result.Id is { } id) uploaded.Add(id);
                else errors.Add($"{Path.GetFileName(file.FileName)}: {UploadRefusals.Message(result.Refusal!.Value, uploader.Limits)}");
            }
        }
        foreach (var error in errors) ModelState.AddModelError(nameof(input.Files), error);

        if (wantsJson)
        {
            return ModelState.IsValid
                ? Json(new { ids = uploaded, redirect = Url.Action(nameof(Edit), new { id = uploaded[^1] }) })
                : BadRequest(new { errors = ModelState.Values.SelectMany(v => v.Errors).Select(e => e.ErrorMessage).ToList() });
        }
        if (uploaded.Count == 0) return View(nameof(Index), await LibraryAsync(rights, null, 1, input, ct));
        TempData[StatusMessage.Key] = (uploaded.Count == 1 ? "Uploaded 1 image." : $"Uploaded {uploaded.Count} images.")
            + (errors.Count > 0 ? " Not uploaded: " + string.Join(" ", errors) : "");
        return RedirectToAction(nameof(Index));
    }

    /// <summary>The article editor's "Image from the library": the newest items matching the search, as JSON.</summary>
    [HttpGet("picker")]
    public async Task<IActionResult> Picker(string? q, CancellationToken ct) =>
        Json((await media.BrowseAsync(q, 1, ct)).Items.Select(i => new MediaPick(i.Id, i.AltText, i.ThumbnailUrl, i.Width, i.Height)));

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Edit([FromServices] MediaAuthorization rights, int id, CancellationToken ct)
    {
        if (await RefusedAsync(rights, id, ct) is { } refused) return refused;
        var details = await media.DetailsAsync(id, ct);
        if (details is null) return NotFound();
        return View(await EditFormAsync(id, MediaEditInputModel.From(details), false, ct));
    }

    [HttpPost("{id:int}")]
    public async Task<IActionResult> Edit([FromServices] MediaAuthorization rights, int id, MediaEditInputModel input, CancellationToken ct)
    {
        if (await RefusedAsync(rights, id, ct) is { } refused) return refused;
        if (!ModelState.IsValid) return View(await EditFormAsync(id, input, false, ct));
        if (!(await media.UpdateAsync(id, input.ToDetails(), Actor.From(User), Now, ct)).Succeeded) return NotFound();
        TempData[StatusMessage.Key] = "Media saved.";
        return RedirectToAction(nameof(Edit), new { id });
    }

    [HttpPost("{id:int}/delete"), Authorize(Policy = Policies.Editor)]
    public async Task<IActionResult> Delete(int id, CancellationToken ct)
    {
        switch ((await media.DeleteAsync(id, Actor.From(User), Now, ct)).Error)
        {
            case MediaError.NotFound:
                return NotFound();
            case MediaError.InUse:
                // Re-rendered like any refused form: the page itself explains, and lists the articles.
                var details = await media.DetailsAsync(id, ct);
                return View(nameof(Edit), await EditFormAsync(id, MediaEditInputModel.From(details!), true, ct));
        }
        TempData[StatusMessage.Key] = "Media deleted, with all its sizes.";
        return RedirectToAction(nameof(Index));
    }

    private DateTime Now => time.UtcNow();

    /// <summary>404 for no such item, 403 when the user may not edit it, null when they may.</summary>
    private async Task<IActionResult?> RefusedAsync(MediaAuthorization rights, int id, CancellationToken ct) =>
        await rights.MayEditAsync(User, id, ct) switch
        {
            null => NotFound(),
            false => Forbid(),
            true => null,
        };

    private async Task<MediaLibraryViewModel> LibraryAsync(MediaAuthorization rights, string? search, int page, MediaUploadInputModel upload, CancellationToken ct)
    {
        var found = await media.BrowseAsync(search, page, ct);
        var editable = await rights.EditableAsync(User, found.Items.Select(i => i.Id).ToList(), ct);
        return new(found, editable, search, upload, uploader.Limits);
    }

    private async Task<MediaEditViewModel> EditFormAsync(int id, MediaEditInputModel input, bool deleteRefused, CancellationToken ct) =>
        new((await media.FindAsync(id, ct))!, input, await media.UsesAsync(id, ct),
            User.IsEditor(), deleteRefused);
}
