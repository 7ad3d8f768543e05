using Fandom.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Fandom.Data.Configurations;

public sealed class RedirectConfiguration : IEntityTypeConfiguration<Redirect>
{
    public void Configure(EntityTypeBuilder<Redirect> redirect)
    {
        redirect.Property(r => r.FromPath).HasMaxLength(500);
        redirect.Property(r => r.ToPath).HasMaxLength(500);
        redirect.HasIndex(r => r.FromPath).IsUnique();
    }
}
