namespace Fandom.Data.Entities;

/// <summary>Who did what to which thing, and when.</summary>
public class AuditEvent
{
    public long Id { get; set; }
    public DateTime OccurredAtUtc { get; set; }
    public string? ActorId { get; set; }

    /// <summary>The actor's display name at the time, kept so the log survives user deletion.</summary>
    public string? ActorName { get; set; }

    /// <summary>A dotted verb, e.g. "article.publish" or "user.role-change".</summary>
    public required string Action { get; set; }
    public required string TargetType { get; set; }
    public string? TargetId { get; set; }
    public string? Details { get; set; }
}
