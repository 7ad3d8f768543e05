using Fandom.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Fandom.Data.Configurations;

public sealed class ArticleConfiguration : IEntityTypeConfiguration<Article>
{
    /// <summary>The index of the reader rule's columns led by the id; search names it to SQLite (see SqliteSearchService).</summary>
    public const string VisibilityByIdIndex = "IX_Articles_VisibilityById";

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
        article.Property(a => a.ImportKey).HasMaxLength(500);
        article.HasIndex(a => a.ImportKey).IsUnique();

        // The reader rule (status + publish time) is the hottest filter in the product: the whole archive newest
        // first is one index range, with the take-down time in the index so skipping to a later page reads no rows.
        article.HasIndex(a => new { a.Status, a.PublishAtUtc, a.Id, a.UnpublishAtUtc }).HasDatabaseName("IX_Articles_Visible");
        // The same rule by id, for checking a set of ids drawn elsewhere (search's matches). On SQLite the row holds the
        // body, its HTML and its search text (about 16 KB, four overflow pages) before the status and times, so reading
        // them from the row walks the overflow chain; the index holds them on a few pages for a thousand articles.
        article.HasIndex(a => new { a.Id, a.Status, a.PublishAtUtc, a.UnpublishAtUtc }).HasDatabaseName(VisibilityByIdIndex);

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
