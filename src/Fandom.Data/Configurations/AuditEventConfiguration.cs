using Fandom.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Fandom.Data.Configurations;

public sealed class AuditEventConfiguration : IEntityTypeConfiguration<AuditEvent>
{
    public void Configure(EntityTypeBuilder<AuditEvent> audit)
    {
        audit.Property(e => e.Action).HasMaxLength(64);
        audit.Property(e => e.ActorName).HasMaxLength(100);
        audit.Property(e => e.TargetType).HasMaxLength(64);
        audit.Property(e => e.TargetId).HasMaxLength(64);
        audit.Property(e => e.Details).HasMaxLength(2000);
        audit.HasIndex(e => e.OccurredAtUtc);
    }
}
