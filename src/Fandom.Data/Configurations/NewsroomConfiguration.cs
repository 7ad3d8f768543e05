using Fandom.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Fandom.Data.Configurations;

public sealed class ArticleAutosaveConfiguration : IEntityTypeConfiguration<ArticleAutosave>
{
    public void Configure(EntityTypeBuilder<ArticleAutosave> autosave)
    {
        autosave.HasKey(a => new { a.ArticleId, a.UserId });
        autosave.Property(a => a.BaseStamp).HasMaxLength(64);
        autosave.HasOne(a => a.Article).WithMany().HasForeignKey(a => a.ArticleId).OnDelete(DeleteBehavior.Cascade);
        autosave.HasOne<StaffUser>().WithMany().HasForeignKey(a => a.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class ArticlePresenceConfiguration : IEntityTypeConfiguration<ArticlePresence>
{
    public void Configure(EntityTypeBuilder<ArticlePresence> presence)
    {
        presence.HasKey(p => new { p.ArticleId, p.UserId });
        presence.Property(p => p.DisplayName).HasMaxLength(100);
        presence.HasOne<Article>().WithMany().HasForeignKey(p => p.ArticleId).OnDelete(DeleteBehavior.Cascade);
        presence.HasOne<StaffUser>().WithMany().HasForeignKey(p => p.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class PreviewLinkConfiguration : IEntityTypeConfiguration<PreviewLink>
{
    public void Configure(EntityTypeBuilder<PreviewLink> link)
    {
        link.Property(l => l.TokenHash).HasMaxLength(64);
        link.HasIndex(l => l.TokenHash).IsUnique();
        link.HasOne(l => l.Article).WithMany().HasForeignKey(l => l.ArticleId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class CategorySlugConfiguration : IEntityTypeConfiguration<CategorySlug>
{
    public void Configure(EntityTypeBuilder<CategorySlug> slug)
    {
        slug.Property(s => s.Slug).HasMaxLength(100);
        slug.HasIndex(s => s.Slug).IsUnique();
        slug.HasOne(s => s.Category).WithMany(c => c.OldSlugs).HasForeignKey(s => s.CategoryId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class RedirectConfiguration : IEntityTypeConfiguration<Redirect>
{
    public void Configure(EntityTypeBuilder<Redirect> redirect)
    {
        redirect.Property(r => r.FromPath).HasMaxLength(500);
        redirect.Property(r => r.ToPath).HasMaxLength(500);
        redirect.HasIndex(r => r.FromPath).IsUnique();
    }
}

public sealed class NotFoundHitConfiguration : IEntityTypeConfiguration<NotFoundHit>
{
    public void Configure(EntityTypeBuilder<NotFoundHit> hit)
    {
        hit.Property(h => h.Path).HasMaxLength(500);
        hit.HasIndex(h => h.Path).IsUnique();
        hit.HasIndex(h => h.LastSeenUtc);
    }
}

public sealed class SiteSettingsConfiguration : IEntityTypeConfiguration<SiteSettings>
{
    public void Configure(EntityTypeBuilder<SiteSettings> settings)
    {
        settings.Property(s => s.Id).ValueGeneratedNever();
        settings.Property(s => s.Name).HasMaxLength(100);
        settings.Property(s => s.Tagline).HasMaxLength(200);
        settings.Property(s => s.TimeZone).HasMaxLength(64);
        settings.Property(s => s.SocialNetwork).HasMaxLength(32);
    }
}
