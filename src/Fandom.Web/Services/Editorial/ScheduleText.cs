using System.Globalization;
using Fandom.Web.Services.Site;

namespace Fandom.Web.Services.Editorial;

/// <summary>Publish times as the editor confirms them: in their zone and in UTC, e.g. "09:00 BST — 08:00 UTC".</summary>
public static class ScheduleText
{
    /// <summary>"Tue 3 Nov 2026, 09:00 BST — 08:00 UTC"; the UTC half names its own date when it differs.</summary>
    public static string BothZones(DateTime utc, TimeZoneInfo zone)
    {
        var local = SiteTime.FromUtc(utc, zone);
        var left = $"{local.ToString("ddd d MMM yyyy, HH:mm", CultureInfo.InvariantCulture)} {Abbreviation(zone, utc)}";
        if (zone == TimeZoneInfo.Utc || zone.Id is "Etc/UTC" or "UTC") return left;
        var right = local.Date == utc.Date ? utc.ToString("HH:mm", CultureInfo.InvariantCulture) : utc.ToString("ddd d MMM, HH:mm", CultureInfo.InvariantCulture);
        return $"{left} — {right} UTC";
    }

    /// <summary>What the editor reads under "Publish at" for a wall-clock time they typed in <paramref name="zone"/>.</summary>
    public static string Publishes(DateTime local, TimeZoneInfo zone) => $"Publishes {BothZones(SiteTime.ToUtc(local, zone), zone)}";

    /// <summary>
    /// A short name for the zone at that moment: the initials of its standard or daylight name ("British Summer
    /// Time" → BST), or the UTC offset when the system names none (e.g. "GMT+03:00").
    /// </summary>
    /// <remarks>Decided from the UTC instant, because a wall-clock time in the hour the clocks go back happens twice.</remarks>
    public static string Abbreviation(TimeZoneInfo zone, DateTime utc)
    {
        if (zone == TimeZoneInfo.Utc || zone.Id is "Etc/UTC" or "UTC") return "UTC";
        var instant = new DateTimeOffset(utc, TimeSpan.Zero);
        var name = zone.IsDaylightSavingTime(instant) ? zone.DaylightName : zone.StandardName;
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length >= 2 && words.All(w => char.IsLetter(w[0])))
            return string.Concat(words.Select(w => char.ToUpperInvariant(w[0])));
        var offset = zone.GetUtcOffset(instant);
        return $"UTC{(offset < TimeSpan.Zero ? "-" : "+")}{offset:hh\\:mm}";
    }
}
