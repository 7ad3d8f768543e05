using Fandom.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Fandom.Data.Configurations;

public sealed class StaffUserConfiguration : IEntityTypeConfiguration<StaffUser>
{
    public void Configure(EntityTypeBuilder<StaffUser> user)
    {
        user.Property(u => u.DisplayName).HasMaxLength(100);
        user.Property(u => u.Slug).HasMaxLength(100);
        user.HasIndex(u => u.Slug).IsUnique();
        user.Property(u => u.Bio).HasMaxLength(2000);
        user.Property(u => u.TimeZoneId).HasMaxLength(64);
    }
}

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
