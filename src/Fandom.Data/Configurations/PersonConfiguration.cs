using Fandom.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Fandom.Data.Configurations;

public sealed class PersonConfiguration : IEntityTypeConfiguration<Person>
{
    public void Configure(EntityTypeBuilder<Person> person)
    {
        person.Property(p => p.Name).HasMaxLength(200);
        person.Property(p => p.Slug).HasMaxLength(200);
        person.Property(p => p.Bio).HasMaxLength(2000);
        person.Property(p => p.Url).HasMaxLength(500);
        person.HasIndex(p => p.Slug).IsUnique();
    }
}
