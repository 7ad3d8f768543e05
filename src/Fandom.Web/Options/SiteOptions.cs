using System.ComponentModel.DataAnnotations;

namespace Fandom.Web.Options;

/// <summary>Defaults for the site settings; admins override them in the admin area (stored in the database).</summary>
public sealed class SiteOptions
{
    public const string Section = "Fandom:Site";

    /// <summary>The publication's name, shown in the masthead, titles and feeds.</summary>
    [Required, StringLength(100)] public string Name { get; set; } = "Fandom";

    /// <summary>One line under the masthead.</summary>
    [StringLength(200)] public string Tagline { get; set; } = "Stories from the fandoms we love";

    /// <summary>IANA time zone readers see dates in, and editors enter times in unless their profile says otherwise.</summary>
    [Required] public string TimeZone { get; set; } = "Europe/London";

    /// <summary>Articles per page on home, category, tag and author pages.</summary>
    [Range(1, 100)] public int ArticlesPerPage { get; set; } = 12;

    /// <summary>Let anyone create an account (with no role and no editorial access); off by default.</summary>
    public bool PublicRegistration { get; set; }

    /// <summary>Network that <c>@handle</c> in articles links to: bluesky, x, instagram, tiktok, threads or mastodon.</summary>
    [Required] public string SocialNetwork { get; set; } = "bluesky";

    /// <summary>Feeds carry each article's full text (true) or only its excerpt (false).</summary>
    public bool FeedFullContent { get; set; } = true;

    /// <summary>Absolute base URL of the public site, for feeds, sitemaps and share links when behind a proxy; empty means the request's own.</summary>
    public string? PublicBaseUrl { get; set; }
}
