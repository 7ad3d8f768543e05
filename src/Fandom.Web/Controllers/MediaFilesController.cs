using Fandom.Web.Services.Media;
using Microsoft.AspNetCore.Mvc;

namespace Fandom.Web.Controllers;

/// <summary>
/// Serves media files. A key never changes content (edits change text, not pixels; a new upload gets a
/// new key), so responses are cacheable for a year and marked immutable.
/// </summary>
public sealed class MediaFilesController(IMediaStorage storage) : Controller
{
    private static readonly Dictionary<string, string> ContentTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        [".jpg"] = "image/jpeg", [".png"] = "image/png", [".webp"] = "image/webp", [".gif"] = "image/gif",
    };

    [HttpGet("/media/{**key}"), HttpHead("/media/{**key}")]
    public IActionResult Show(string? key)
    {
        if (string.IsNullOrEmpty(key) || !ContentTypes.TryGetValue(Path.GetExtension(key), out var contentType)) return NotFound();
        var stream = storage.OpenRead(key);
        if (stream is null) return NotFound();
        Response.Headers.CacheControl = "public, max-age=31536000, immutable";
        Response.Headers.XContentTypeOptions = "nosniff";
        return File(stream, contentType, enableRangeProcessing: true);
    }
}
