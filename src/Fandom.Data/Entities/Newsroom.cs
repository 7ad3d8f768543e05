namespace Fandom.Data.Entities;

/// <summary>One person's rolling autosave of one article: replaced on every autosave, never a revision.</summary>
public class ArticleAutosave
{
    public int ArticleId { get; set; }
    public Article? Article { get; set; }
    public required string UserId { get; set; }

    /// <summary>The editor form's fields as JSON, exactly as typed.</summary>
    public required string Payload { get; set; }

    /// <summary>The article's concurrency stamp the typing started from.</summary>
    public string? BaseStamp { get; set; }
    public DateTime SavedAtUtc { get; set; }
}

/// <summary>Who has an article open in the editor, refreshed by a heartbeat; stale rows mean gone.</summary>
public class ArticlePresence
{
    public int ArticleId { get; set; }
    public required string UserId { get; set; }
    public string DisplayName { get; set; } = "";
    public DateTime LastSeenUtc { get; set; }
}

/// <summary>A revocable, expiring share link to a draft preview; only the token's hash is stored.</summary>
public class PreviewLink
{
    public int Id { get; set; }
    public int ArticleId { get; set; }
    public Article? Article { get; set; }
    public required string TokenHash { get; set; }
    public string? CreatedById { get; set; }
    public DateTime CreatedAtUtc { get; set; }
    public DateTime ExpiresAtUtc { get; set; }
    public DateTime? RevokedAtUtc { get; set; }
}

/// <summary>A slug a category used to have; its pages redirect permanently to the current one.</summary>
public class CategorySlug
{
    public int Id { get; set; }
    public required string Slug { get; set; }
    public int CategoryId { get; set; }
    public Category? Category { get; set; }
    public DateTime RetiredAtUtc { get; set; }
}

/// <summary>A redirect an editor added by hand (article and category slug changes redirect on their own).</summary>
public class Redirect
{
    public int Id { get; set; }

    /// <summary>Site-relative path, e.g. "/old-section/story".</summary>
    public required string FromPath { get; set; }
    public required string ToPath { get; set; }
    public bool Permanent { get; set; } = true;
    public string? CreatedById { get; set; }
    public DateTime CreatedAtUtc { get; set; }
}

/// <summary>A path readers asked for that did not exist, counted, for the "redirect this" list.</summary>
public class NotFoundHit
{
    public int Id { get; set; }
    public required string Path { get; set; }
    public int Count { get; set; }
    public DateTime FirstSeenUtc { get; set; }
    public DateTime LastSeenUtc { get; set; }
}

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
}
