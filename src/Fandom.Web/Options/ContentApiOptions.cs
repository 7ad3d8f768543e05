using System.ComponentModel.DataAnnotations;

namespace Fandom.Web.Options;

/// <summary>The read-only content API under <c>/api/v1</c> (docs/content-api.md).</summary>
public sealed class ContentApiOptions
{
    public const string Section = "Fandom:Api";

    /// <summary>Web origins (e.g. "https://app.example.com") whose pages may read the API from a browser; none by default.</summary>
    public string[] CorsOrigins { get; set; } = [];

    /// <summary>API requests allowed per client IP address each minute, cached answers included.</summary>
    [Range(1, 1_000_000)] public int RequestsPerMinute { get; set; } = 120;
}
