using Fandom.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Fandom.Data.Configurations;

public sealed class ArticlePresenceConfiguration : IEntityTypeConfiguration<ArticlePresence>
{
    public void Configure(EntityTypeBuilder<ArticlePresence> presence)
    {
        presence.HasKey(p => new { p.ArticleId, p.UserId });
        presence.Property(p => p.DisplayName).HasMaxLength(100);
        presence.HasOne<Article>().WithMany().HasForeignKey(p => p.ArticleId).OnDelete(DeleteBehavior.Cascade);
        presence.HasOne<StaffUser>().WithMany().HasForeignKey(p => p.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
