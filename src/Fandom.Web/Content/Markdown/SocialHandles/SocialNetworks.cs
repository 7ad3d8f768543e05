namespace Fandom.Web.Content.Markdown.SocialHandles;

/// <summary>Profile addresses of the networks a site can choose as its default (setting "SocialNetwork").</summary>
public static class SocialNetworks
{
    public static readonly string[] All = ["bluesky", "x", "instagram", "tiktok", "threads", "mastodon"];

    /// <summary>
    /// The profile URL of a handle, or null when the handle cannot live on that network (a Mastodon handle
    /// needs its instance; other networks have none). A Bluesky handle without a dot is on bsky.social.
    /// </summary>
    public static string? ProfileUrl(string network, string user, string? instance) => network.ToLowerInvariant() switch
    {
        "mastodon" => instance is null ? null : $"https://{instance}/@{user}",
        _ when instance is not null => null,
        "bluesky" => $"https://bsky.app/profile/{(user.Contains('.') ? user : user + ".bsky.social")}",
        "x" or "twitter" => $"https://x.com/{user}",
        "instagram" => $"https://www.instagram.com/{user}/",
        "tiktok" => $"https://www.tiktok.com/@{user}",
        "threads" => $"https://www.threads.net/@{user}",
        _ => null,
    };
}
