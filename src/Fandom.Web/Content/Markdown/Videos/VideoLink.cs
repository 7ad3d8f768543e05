using System.Text.RegularExpressions;

namespace Fandom.Web.Content.Markdown.Videos;

/// <summary>A video on a host we can embed without tracking: YouTube (through youtube-nocookie.com) or Vimeo.</summary>
public sealed partial record VideoLink(string Host, string VideoId)
{
    public const string YouTube = "youtube";
    public const string Vimeo = "vimeo";

    /// <summary>The address readers can follow instead of playing the video here.</summary>
    public string WatchUrl => Host == YouTube ? $"https://www.youtube.com/watch?v={VideoId}" : $"https://vimeo.com/{VideoId}";

    public string HostName => Host == YouTube ? "YouTube" : "Vimeo";

    /// <summary>Recognises youtube.com/watch?v=, youtu.be/, youtube.com/shorts/ and vimeo.com/ addresses.</summary>
    public static VideoLink? Parse(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http")) return null;
        var host = uri.Host.ToLowerInvariant();
        var segments = uri.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        string? id = null;
        if (host is "youtube.com" or "www.youtube.com" or "m.youtube.com")
        {
            if (segments is ["watch"]) id = QueryValue(uri.Query, "v");
            else if (segments is ["shorts" or "embed" or "live", var short_, ..]) id = short_;
            return id is not null && YouTubeId().IsMatch(id) ? new VideoLink(YouTube, id) : null;
        }
        if (host == "youtu.be")
        {
            id = segments.FirstOrDefault();
            return id is not null && YouTubeId().IsMatch(id) ? new VideoLink(YouTube, id) : null;
        }
        if (host is "vimeo.com" or "www.vimeo.com" or "player.vimeo.com")
        {
            id = segments.LastOrDefault(s => VimeoId().IsMatch(s));
            return id is not null ? new VideoLink(Vimeo, id) : null;
        }
        return null;
    }

    private static string? QueryValue(string query, string name)
    {
        foreach (var pair in query.TrimStart('?').Split('&'))
        {
            var equals = pair.IndexOf('=');
            if (equals > 0 && pair[..equals] == name) return Uri.UnescapeDataString(pair[(equals + 1)..]);
        }
        return null;
    }

    [GeneratedRegex("^[A-Za-z0-9_-]{11}$")]
    private static partial Regex YouTubeId();

    [GeneratedRegex("^[0-9]{1,12}$")]
    private static partial Regex VimeoId();
}
