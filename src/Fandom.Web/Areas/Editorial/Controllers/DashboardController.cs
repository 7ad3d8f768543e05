using System.Globalization;
using Fandom.Web.Authorization;
using Fandom.Web.Areas.Editorial.Models;
using Fandom.Web.Services;
using Fandom.Web.Services.Editorial;
using Fandom.Web.Services.Site;
using Microsoft.AspNetCore.Mvc;

namespace Fandom.Web.Areas.Editorial.Controllers;

/// <summary>The editor's desk and the content calendar.</summary>
public sealed class DashboardController(DeskService desk, TimeProvider time) : EditorialController
{
    [HttpGet("/editorial")]
    public async Task<IActionResult> Index(CancellationToken ct)
    {
        var everyone = User.IsEditor();
        return View(new DeskViewModel(await desk.DeskAsync(Actor, everyone, ct), everyone, new ViewerTimeFormatter(EditorZone)));
    }

    /// <summary>A month of published and scheduled articles, in the viewer's zone; <c>?month=2026-11</c>.</summary>
    [HttpGet("/editorial/calendar")]
    public async Task<IActionResult> Calendar(string? month, CancellationToken ct)
    {
        var zone = EditorZone;
        DateOnly first;
        if (string.IsNullOrEmpty(month))
        {
            var today = SiteTime.FromUtc(time.UtcNow(), zone);
            first = new DateOnly(today.Year, today.Month, 1);
        }
        else if (!DateOnly.TryParseExact(month + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out first))
        {
            return NotFound();
        }
        // The grid runs Monday to Sunday and covers whole weeks around the month.
        var start = first.AddDays(-(((int)first.DayOfWeek + 6) % 7));
        var end = first.AddMonths(1);
        end = end.AddDays((7 - ((int)end.DayOfWeek + 6) % 7) % 7);
        var entries = await desk.CalendarAsync(
            SiteTime.ToUtc(start.ToDateTime(TimeOnly.MinValue), zone), SiteTime.ToUtc(end.ToDateTime(TimeOnly.MinValue), zone), ct);
        var byDay = entries.ToLookup(e => DateOnly.FromDateTime(SiteTime.FromUtc(e.PublishAtUtc, zone)));
        var days = new List<CalendarDay>();
        for (var d = start; d < end; d = d.AddDays(1))
            days.Add(new CalendarDay(d, d.Month == first.Month, byDay[d].ToList()));
        return View(new CalendarViewModel(first, days, new ViewerTimeFormatter(zone)));
    }
}
