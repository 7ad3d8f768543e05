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
