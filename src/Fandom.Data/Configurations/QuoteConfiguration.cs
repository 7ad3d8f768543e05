using Fandom.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Fandom.Data.Configurations;

public sealed class QuoteConfiguration : IEntityTypeConfiguration<Quote>
{
    public void Configure(EntityTypeBuilder<Quote> quote)
    {
        quote.Property(q => q.Text).HasMaxLength(4000);
        quote.Property(q => q.SourceName).HasMaxLength(200);
        quote.Property(q => q.SourceUrl).HasMaxLength(500);
        quote.Property(q => q.Context).HasMaxLength(1000);
        quote.Property(q => q.Fingerprint).HasMaxLength(64);
        quote.HasIndex(q => q.Fingerprint);
        // A person's page lists their quotes newest first: one range of this index (it also serves the speaker key).
        quote.HasIndex(q => new { q.SpeakerId, q.SaidOn, q.Id }).HasDatabaseName("IX_Quotes_Speaker");
        quote.HasOne(q => q.Speaker).WithMany(p => p.Quotes).HasForeignKey(q => q.SpeakerId).OnDelete(DeleteBehavior.Restrict);
        quote.HasOne(q => q.OriginArticle).WithMany().HasForeignKey(q => q.OriginArticleId).OnDelete(DeleteBehavior.SetNull);
    }
}
