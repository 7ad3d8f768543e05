namespace Fandom.Data.Entities;

/// <summary>
/// Site settings editable by admins; a single row (Id 1). A null column means "use the configured default"
/// from <c>Fandom:Site</c>, so configuration still works for a site that never saved settings.
/// </summary>
public class SiteSettings
{
    public int Id { get; set; } = 1;
    public string? Name { get; set; }
    public string? Tagline { get; set; }
    public string? TimeZone { get; set; }

    /// <summary>Network that <c>@handle</c> links to, e.g. "bluesky", "x", "instagram", "tiktok", "threads", "mastodon".</summary>
    public string? SocialNetwork { get; set; }
    public int? ArticlesPerPage { get; set; }
    public bool? PublicRegistration { get; set; }

    /// <summary>Feeds carry the full article (true) or the excerpt (false).</summary>
    public bool? FeedFullContent { get; set; }
    public DateTime UpdatedAtUtc { get; set; }

    /// <summary>When first-run setup made the site's first Admin; once set, /setup never opens again.</summary>
    public DateTime? SetupCompletedAtUtc { get; set; }
}
