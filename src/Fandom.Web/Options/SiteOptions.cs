using System.ComponentModel.DataAnnotations;
using Fandom.Web.Content;

namespace Fandom.Web.Options;

/// <summary>Defaults for the site settings; admins override them in the admin area (stored in the database).</summary>
public sealed class SiteOptions : IValidatableObject
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

    /// <summary>
    /// The address readers use for the site's root, e.g. <c>https://fandom.example</c>: every absolute link (reset and
    /// invitation mail, feeds, sitemap, canonical links) starts with it, the site answers only to its host, and an
    /// <c>https</c> address turns on HSTS, HTTPS redirection and <c>Secure</c> cookies. The default is the address
    /// <c>dotnet run</c> listens on.
    /// </summary>
    [Required] public string PublicBaseUrl { get; set; } = "http://localhost:5000";

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!WebAddresses.IsWebAddress(PublicBaseUrl)
            || new Uri(PublicBaseUrl) is var uri && (uri.Query.Length > 0 || uri.Fragment.Length > 0 || uri.UserInfo.Length > 0))
            yield return new ValidationResult(
                $"Fandom:Site:PublicBaseUrl must be the site's absolute http(s) address without query or fragment, such as https://fandom.example (it is \"{PublicBaseUrl}\").",
                [nameof(PublicBaseUrl)]);
    }
}
