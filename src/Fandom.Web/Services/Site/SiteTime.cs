namespace Fandom.Web.Services.Site;

/// <summary>Converts stored UTC times to and from the site's or an editor's time zone; the one place that does.</summary>
public sealed class SiteTime(SiteSettingsService settings)
{
    public TimeZoneInfo SiteZone => Find(settings.Current.TimeZone);

    public static TimeZoneInfo Find(string? id)
    {
        if (!string.IsNullOrWhiteSpace(id) && TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone)) return zone;
        return TimeZoneInfo.Utc;
    }

    public DateTime ToSiteTime(DateTime utc) => FromUtc(utc, SiteZone);

    /// <summary>A date as readers see it, e.g. "24 November 2026".</summary>
    public string FormatDate(DateTime utc) => ToSiteTime(utc).ToString("d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The value of a <c>&lt;time datetime&gt;</c> attribute: ISO 8601 with the site's offset.</summary>
    public string IsoDateTime(DateTime utc)
    {
        var local = ToSiteTime(utc);
        return new DateTimeOffset(local, SiteZone.GetUtcOffset(local)).ToString("yyyy-MM-ddTHH:mm:sszzz");
    }

    /// <summary>
    /// Wall-clock time typed by an editor in <paramref name="zone"/> → UTC. A time that a
    /// daylight-saving jump skips is moved forward by the gap, as a wall clock would.
    /// </summary>
    public static DateTime ToUtc(DateTime local, TimeZoneInfo zone)
    {
        local = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        while (zone.IsInvalidTime(local)) local = local.AddMinutes(30);
        return TimeZoneInfo.ConvertTimeToUtc(local, zone);
    }

    public static DateTime FromUtc(DateTime utc, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTimeFromUtc(utc, zone);
}
