using Fandom.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Fandom.Data.Configurations;

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
