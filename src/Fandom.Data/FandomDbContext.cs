using Fandom.Data.Entities;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Fandom.Data;

public class FandomDbContext(DbContextOptions<FandomDbContext> options)
    : IdentityDbContext<StaffUser>(options), IDataProtectionKeyContext
{
    public DbSet<Article> Articles => Set<Article>();
    public DbSet<ArticleCategory> ArticleCategories => Set<ArticleCategory>();
    public DbSet<ArticleTag> ArticleTags => Set<ArticleTag>();
    public DbSet<ArticleAuthor> ArticleAuthors => Set<ArticleAuthor>();
    public DbSet<ArticleQuote> ArticleQuotes => Set<ArticleQuote>();
    public DbSet<ArticleSpeaker> ArticleSpeakers => Set<ArticleSpeaker>();
    public DbSet<ArticleSlug> ArticleSlugs => Set<ArticleSlug>();
    public DbSet<ArticleRevision> ArticleRevisions => Set<ArticleRevision>();
    public DbSet<Category> Categories => Set<Category>();
    public DbSet<Tag> Tags => Set<Tag>();
    public DbSet<Person> People => Set<Person>();
    public DbSet<Quote> Quotes => Set<Quote>();
    public DbSet<MediaItem> MediaItems => Set<MediaItem>();
    public DbSet<AuditEvent> AuditEvents => Set<AuditEvent>();
    public DbSet<ArticleAutosave> ArticleAutosaves => Set<ArticleAutosave>();
    public DbSet<ArticlePresence> ArticlePresences => Set<ArticlePresence>();
    public DbSet<PreviewLink> PreviewLinks => Set<PreviewLink>();
    public DbSet<CategorySlug> CategorySlugs => Set<CategorySlug>();
    public DbSet<Redirect> Redirects => Set<Redirect>();
    public DbSet<NotFoundHit> NotFoundHits => Set<NotFoundHit>();
    public DbSet<SiteSettings> SiteSettings => Set<SiteSettings>();

    /// <summary>Data-protection keys, shared by every instance so cookies survive restarts.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(FandomDbContext).Assembly);

        // Identity's UI caps login and token keys at 128 characters through runtime options that the
        // migrations' design-time factories never see; stating it here keeps one model for both.
        builder.Entity<IdentityUserLogin<string>>(login =>
        {
            login.Property(l => l.LoginProvider).HasMaxLength(128);
            login.Property(l => l.ProviderKey).HasMaxLength(128);
        });
        builder.Entity<IdentityUserToken<string>>(token =>
        {
            token.Property(t => t.LoginProvider).HasMaxLength(128);
            token.Property(t => t.Name).HasMaxLength(128);
        });
    }
}
