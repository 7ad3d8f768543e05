using Fandom.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Fandom.Data.Configurations;

public sealed class ArticleSpeakerConfiguration : IEntityTypeConfiguration<ArticleSpeaker>
{
    public void Configure(EntityTypeBuilder<ArticleSpeaker> speaker)
    {
        speaker.ToTable("ArticleSpeakers").Listing(l => l.PersonId, "PeopleId");
        speaker.HasOne(l => l.Article).WithMany().HasForeignKey(l => l.ArticleId).OnDelete(DeleteBehavior.Cascade);
        speaker.HasOne(l => l.Person).WithMany().HasForeignKey(l => l.PersonId).OnDelete(DeleteBehavior.Cascade);
    }
}
