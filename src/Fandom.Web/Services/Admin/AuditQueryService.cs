using Fandom.Data;
using Fandom.Web.Services.Site;
using Microsoft.EntityFrameworkCore;

namespace Fandom.Web.Services.Admin;

/// <summary>Which events to show; dates are whole days in the site's time zone, inclusive.</summary>
public sealed record AuditFilter(string? Person, string? Action, DateOnly? From, DateOnly? To);

public sealed record AuditRow(DateTime OccurredAtUtc, string? ActorName, string Action, string TargetType, string? TargetId, string? Details);

/// <summary>Reads the audit log for admins, newest first.</summary>
public sealed class AuditQueryService(FandomDbContext db, SiteTime time)
{
    public const int PageSize = 50;

    public Task<Page<AuditRow>> SearchAsync(AuditFilter filter, int page, CancellationToken ct = default)
    {
        var query = db.AuditEvents.AsNoTracking();
        if (filter.Person.TrimToNull()?.ToLower() is { } person)
        {
            query = query.Where(e => e.ActorName != null && e.ActorName.ToLower().Contains(person));
        }
        if (filter.Action.TrimToNull()?.ToLower() is { } action)
        {
            // "article" matches every article action, "article.publish" just that one.
            query = query.Where(e => e.Action == action || e.Action.StartsWith(action + "."));
        }
        if (filter.From is { } from)
        {
            var start = SiteTime.ToUtc(from.ToDateTime(TimeOnly.MinValue), time.SiteZone);
            query = query.Where(e => e.OccurredAtUtc >= start);
        }
        if (filter.To is { } to)
        {
            var end = SiteTime.ToUtc(to.AddDays(1).ToDateTime(TimeOnly.MinValue), time.SiteZone);
            query = query.Where(e => e.OccurredAtUtc < end);
        }
        return query.OrderByDescending(e => e.OccurredAtUtc).ThenByDescending(e => e.Id)
            .Select(e => new AuditRow(e.OccurredAtUtc, e.ActorName, e.Action, e.TargetType, e.TargetId, e.Details))
            .ToPageAsync(page, PageSize, ct);
    }

    /// <summary>The distinct action families, for the filter's choices.</summary>
    public async Task<List<string>> ActionsAsync(CancellationToken ct = default) =>
        (await db.AuditEvents.AsNoTracking().Select(e => e.Action).Distinct().ToListAsync(ct)).Order().ToList();
}
