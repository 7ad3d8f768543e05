using Fandom.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Fandom.Data.Configurations;

public sealed class CategorySlugConfiguration : IEntityTypeConfiguration<CategorySlug>
{
    public void Configure(EntityTypeBuilder<CategorySlug> slug)
    {
        slug.Property(s => s.Slug).HasMaxLength(100);
        slug.HasIndex(s => s.Slug).IsUnique();
        slug.HasOne(s => s.Category).WithMany(c => c.OldSlugs).HasForeignKey(s => s.CategoryId).OnDelete(DeleteBehavior.Cascade);
    }
}
