using Fandom.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Fandom.Data.Configurations;

public sealed class HealthProbeConfiguration : IEntityTypeConfiguration<HealthProbe>
{
    public void Configure(EntityTypeBuilder<HealthProbe> probe)
    {
        probe.Property(p => p.Id).ValueGeneratedNever();
        // The row exists from the migration on, so a probe is one UPDATE and never races to insert it.
        probe.HasData(new HealthProbe { Id = HealthProbe.RowId, CheckedAtUtc = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc) });
    }
}
