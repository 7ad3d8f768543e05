using Fandom.Data;
using Fandom.Data.Entities;

namespace Fandom.Web.Services;

public static class AuditLog
{
    /// <summary>Adds an audit event to the current unit of work, so it is saved exactly when its change is.</summary>
    public static void Audit(this FandomDbContext db, DateTime nowUtc, Actor? actor, string action, string targetType, object? targetId, string? details = null) =>
        db.AuditEvents.Add(new AuditEvent
        {
            OccurredAtUtc = nowUtc,
            ActorId = actor?.UserId,
            ActorName = actor?.Name,
            Action = action,
            TargetType = targetType,
            TargetId = targetId?.ToString(),
            Details = details,
        });
}
