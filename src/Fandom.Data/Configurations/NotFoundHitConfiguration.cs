using Fandom.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Fandom.Data.Configurations;

public sealed class NotFoundHitConfiguration : IEntityTypeConfiguration<NotFoundHit>
{
    public void Configure(EntityTypeBuilder<NotFoundHit> hit)
    {
        hit.Property(h => h.Path).HasMaxLength(500);
        hit.HasIndex(h => h.Path).IsUnique();
        hit.HasIndex(h => h.LastSeenUtc);
    }
}
