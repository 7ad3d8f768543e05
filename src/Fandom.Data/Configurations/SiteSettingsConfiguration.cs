using Fandom.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Fandom.Data.Configurations;

public sealed class SiteSettingsConfiguration : IEntityTypeConfiguration<SiteSettings>
{
    public void Configure(EntityTypeBuilder<SiteSettings> settings)
    {
        settings.Property(s => s.Id).ValueGeneratedNever();
        settings.Property(s => s.Name).HasMaxLength(100);
        settings.Property(s => s.Tagline).HasMaxLength(200);
        settings.Property(s => s.TimeZone).HasMaxLength(64);
        settings.Property(s => s.SocialNetwork).HasMaxLength(32);
    }
}
