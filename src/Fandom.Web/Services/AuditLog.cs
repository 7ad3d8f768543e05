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

    /// <summary>
    /// Saves what the unit of work creates together with its audit event. The event names the new row by the id the
    /// database gives it, which exists only once the row is inserted, so both saves run in one transaction: the
    /// event is still saved exactly when its change is, and a failure leaves neither.
    /// </summary>
    public static async Task SaveCreatedAsync(this FandomDbContext db, Func<object> id, DateTime nowUtc, Actor? actor,
        string action, string targetType, string? details = null, CancellationToken ct = default)
    {
        await using var transaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        await db.SaveChangesAsync(ct);
        db.Audit(nowUtc, actor, action, targetType, id(), details);
        await db.SaveChangesAsync(ct);
        if (transaction is not null) await transaction.CommitAsync(ct);
    }
}
