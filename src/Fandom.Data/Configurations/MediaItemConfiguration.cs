using Fandom.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Fandom.Data.Configurations;

public sealed class MediaItemConfiguration : IEntityTypeConfiguration<MediaItem>
{
    public void Configure(EntityTypeBuilder<MediaItem> media)
    {
        media.Property(m => m.StorageKey).HasMaxLength(300);
        media.HasIndex(m => m.StorageKey).IsUnique();
        media.Property(m => m.ContentType).HasMaxLength(100);
        media.Property(m => m.OriginalFileName).HasMaxLength(300);
        media.Property(m => m.AltText).HasMaxLength(300);
        media.Property(m => m.Caption).HasMaxLength(500);
        media.Property(m => m.Credit).HasMaxLength(200);
        media.Property(m => m.CreditUrl).HasMaxLength(500);
        media.Property(m => m.Licence).HasMaxLength(200);
        media.Property(m => m.DerivedWidths).HasMaxLength(100);
        media.Property(m => m.ImportKey).HasMaxLength(500);
        media.HasIndex(m => m.ImportKey).IsUnique();
    }
}
