using System.Security.Claims;
using Fandom.Web.Services.Site;

namespace Fandom.Web.Services;

/// <summary>The signed-in person a service acts for, as recorded in revisions and the audit log.</summary>
public sealed record Actor(string UserId, string Name)
{
    public const string DisplayNameClaim = "fandom:display_name";

    /// <summary>The IANA zone the person enters times in, when their profile sets one.</summary>
    public const string TimeZoneClaim = "fandom:time_zone";

    /// <summary>The zone <paramref name="user"/> enters times in: their profile's, else the site's.</summary>
    public static TimeZoneInfo ZoneOf(ClaimsPrincipal user, SiteTime time) =>
        user.FindFirstValue(TimeZoneClaim) is { Length: > 0 } zone ? SiteTime.Find(zone) : time.SiteZone;

    public static Actor From(ClaimsPrincipal user) => new(
        user.FindFirstValue(ClaimTypes.NameIdentifier) ?? throw new InvalidOperationException("No signed-in user."),
        user.FindFirstValue(DisplayNameClaim) ?? user.Identity?.Name ?? "unknown");
}
