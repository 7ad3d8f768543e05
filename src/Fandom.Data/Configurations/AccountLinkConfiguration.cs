using Fandom.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Fandom.Data.Configurations;

public sealed class AccountLinkConfiguration : IEntityTypeConfiguration<AccountLink>
{
    public void Configure(EntityTypeBuilder<AccountLink> link)
    {
        link.Property(l => l.TokenHash).HasMaxLength(64);
        link.HasIndex(l => l.TokenHash).IsUnique();
        link.Property(l => l.Purpose).HasConversion<string>().HasMaxLength(20);
        link.HasIndex(l => l.UserId);
        link.HasOne(l => l.User).WithMany().HasForeignKey(l => l.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
