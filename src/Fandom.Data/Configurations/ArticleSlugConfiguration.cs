using Fandom.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Fandom.Data.Configurations;

public sealed class ArticleSlugConfiguration : IEntityTypeConfiguration<ArticleSlug>
{
    public void Configure(EntityTypeBuilder<ArticleSlug> slug)
    {
        slug.Property(s => s.Slug).HasMaxLength(200);
        slug.HasIndex(s => s.Slug).IsUnique();
        slug.HasOne(s => s.Article).WithMany(a => a.OldSlugs).HasForeignKey(s => s.ArticleId).OnDelete(DeleteBehavior.Cascade);
    }
}
