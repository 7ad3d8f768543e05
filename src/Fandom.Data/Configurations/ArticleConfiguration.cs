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

        // The reader rule (status + publish time) is the hottest filter in the product: the whole archive newest
        // first is one index range, with the take-down time in the index so skipping to a later page reads no rows.
        article.HasIndex(a => new { a.Status, a.PublishAtUtc, a.Id, a.UnpublishAtUtc }).HasDatabaseName("IX_Articles_Visible");

        article.HasOne(a => a.HeroMedia).WithMany().HasForeignKey(a => a.HeroMediaId).OnDelete(DeleteBehavior.Restrict);

        // The join tables keep the column names of the implicit ones they replaced ("ArticlesId", "CategoriesId"...).
        article.HasMany(a => a.Authors).WithMany(u => u.Articles).UsingEntity<ArticleAuthor>(
            list => list.HasOne(l => l.Author).WithMany().HasForeignKey(l => l.AuthorId),
            row => row.HasOne(l => l.Article).WithMany().HasForeignKey(l => l.ArticleId),
            join => join.ToTable("ArticleAuthors").Listing(l => l.AuthorId, "AuthorsId"));
        article.HasMany(a => a.Categories).WithMany(c => c.Articles).UsingEntity<ArticleCategory>(
            list => list.HasOne(l => l.Category).WithMany().HasForeignKey(l => l.CategoryId),
            row => row.HasOne(l => l.Article).WithMany().HasForeignKey(l => l.ArticleId),
            join => join.ToTable("ArticleCategories").Listing(l => l.CategoryId, "CategoriesId"));
        article.HasMany(a => a.Tags).WithMany(t => t.Articles).UsingEntity<ArticleTag>(
            list => list.HasOne(l => l.Tag).WithMany().HasForeignKey(l => l.TagId),
            row => row.HasOne(l => l.Article).WithMany().HasForeignKey(l => l.ArticleId),
            join => join.ToTable("ArticleTags").Listing(l => l.TagId, "TagsId"));
        article.HasMany(a => a.Quotes).WithMany(q => q.Articles).UsingEntity<ArticleQuote>(
            list => list.HasOne(l => l.Quote).WithMany().HasForeignKey(l => l.QuoteId),
            row => row.HasOne(l => l.Article).WithMany().HasForeignKey(l => l.ArticleId),
            join => join.ToTable("ArticleQuotes").Listing(l => l.QuoteId, "QuotesId"));
        article.HasMany(a => a.EmbeddedMedia).WithMany().UsingEntity("ArticleMediaEmbeds");
    }
}

public sealed class ArticleSpeakerConfiguration : IEntityTypeConfiguration<ArticleSpeaker>
{
    public void Configure(EntityTypeBuilder<ArticleSpeaker> speaker)
    {
        speaker.ToTable("ArticleSpeakers").Listing(l => l.PersonId, "PeopleId");
        speaker.HasOne(l => l.Article).WithMany().HasForeignKey(l => l.ArticleId).OnDelete(DeleteBehavior.Cascade);
        speaker.HasOne(l => l.Person).WithMany().HasForeignKey(l => l.PersonId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal static class ArticleListingMapping
{
    /// <summary>
    /// Maps a list row: its key, and the copied visibility fields, which only the database's triggers write
    /// (EF leaves them out of inserts and updates). The index serves the list newest first and covers the rule.
    /// </summary>
    public static void Listing<TListing, TKey>(this EntityTypeBuilder<TListing> join, System.Linq.Expressions.Expression<Func<TListing, TKey>> list, string listColumn)
        where TListing : ArticleListing
    {
        var listProperty = join.Property(list).HasColumnName(listColumn).Metadata.Name;
        join.Property(l => l.ArticleId).HasColumnName("ArticlesId");
        join.HasKey(nameof(ArticleListing.ArticleId), listProperty);
        foreach (var copied in new[] { nameof(ArticleListing.Status), nameof(ArticleListing.PublishAtUtc), nameof(ArticleListing.UnpublishAtUtc) })
        {
            var property = join.Property(copied).Metadata;
            property.SetBeforeSaveBehavior(Microsoft.EntityFrameworkCore.Metadata.PropertySaveBehavior.Ignore);
            property.SetAfterSaveBehavior(Microsoft.EntityFrameworkCore.Metadata.PropertySaveBehavior.Ignore);
        }
        join.HasIndex(listProperty, nameof(ArticleListing.Status), nameof(ArticleListing.PublishAtUtc), nameof(ArticleListing.ArticleId), nameof(ArticleListing.UnpublishAtUtc))
            .HasDatabaseName($"IX_{join.Metadata.GetTableName()}_Visible");
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
