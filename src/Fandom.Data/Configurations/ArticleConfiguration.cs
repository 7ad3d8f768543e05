using Fandom.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Fandom.Data.Configurations;

public sealed class ArticleConfiguration : IEntityTypeConfiguration<Article>
{
    public void Configure(EntityTypeBuilder<Article> article)
    {
        article.Property(a => a.Title).HasMaxLength(200);
        article.Property(a => a.Slug).HasMaxLength(200);
        article.HasIndex(a => a.Slug).IsUnique();
        article.Property(a => a.Dek).HasMaxLength(300);
        article.Property(a => a.Excerpt).HasMaxLength(500);
        article.Property(a => a.HeroCaption).HasMaxLength(500);
        article.Property(a => a.HeroAltText).HasMaxLength(300);
        article.Property(a => a.ContentNotes).HasMaxLength(300);
        article.Property(a => a.SeoTitle).HasMaxLength(200);
        article.Property(a => a.SeoDescription).HasMaxLength(300);
        article.Property(a => a.ReviewNote).HasMaxLength(2000);
        article.Property(a => a.ConcurrencyStamp).HasMaxLength(64).IsConcurrencyToken();

        // The reader rule (status + publish time) is the hottest filter in the product.
        article.HasIndex(a => new { a.Status, a.PublishAtUtc });

        article.HasOne(a => a.HeroMedia).WithMany().HasForeignKey(a => a.HeroMediaId).OnDelete(DeleteBehavior.Restrict);

        article.HasMany(a => a.Authors).WithMany(u => u.Articles).UsingEntity("ArticleAuthors");
        article.HasMany(a => a.Categories).WithMany(c => c.Articles).UsingEntity("ArticleCategories");
        article.HasMany(a => a.Tags).WithMany(t => t.Articles).UsingEntity("ArticleTags");
        article.HasMany(a => a.Quotes).WithMany(q => q.Articles).UsingEntity("ArticleQuotes");
        article.HasMany(a => a.EmbeddedMedia).WithMany().UsingEntity("ArticleMediaEmbeds");
    }
}

public sealed class ArticleSlugConfiguration : IEntityTypeConfiguration<ArticleSlug>
{
    public void Configure(EntityTypeBuilder<ArticleSlug> slug)
    {
        slug.Property(s => s.Slug).HasMaxLength(200);
        slug.HasIndex(s => s.Slug).IsUnique();
        slug.HasOne(s => s.Article).WithMany(a => a.OldSlugs).HasForeignKey(s => s.ArticleId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class ArticleRevisionConfiguration : IEntityTypeConfiguration<ArticleRevision>
{
    public void Configure(EntityTypeBuilder<ArticleRevision> revision)
    {
        revision.Property(r => r.Title).HasMaxLength(200);
        revision.Property(r => r.Slug).HasMaxLength(200);
        revision.HasIndex(r => new { r.ArticleId, r.CreatedAtUtc });
        revision.HasOne(r => r.Article).WithMany(a => a.Revisions).HasForeignKey(r => r.ArticleId).OnDelete(DeleteBehavior.Cascade);
        revision.HasOne(r => r.Author).WithMany().HasForeignKey(r => r.AuthorId).OnDelete(DeleteBehavior.SetNull);
    }
}
