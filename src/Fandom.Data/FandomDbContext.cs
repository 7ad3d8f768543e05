using Fandom.Data.Entities;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

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
    public DbSet<HealthProbe> HealthProbes => Set<HealthProbe>();
    public DbSet<AccountLink> AccountLinks => Set<AccountLink>();

    /// <summary>Data-protection keys, shared by every instance so cookies survive restarts.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    /// <summary>
    /// Every time is stored in UTC (the …Utc properties), so every time read back says so: SQLite keeps no kind and
    /// returns Unspecified, which the BCL would take for local time when formatting or converting it. PostgreSQL's
    /// timestamptz already reads as UTC. Values go to the database unchanged, so the SQL, its parameters and the
    /// store types (and so the migrations and the query plans) stay what they are without the converter.
    /// </summary>
    protected override void ConfigureConventions(ModelConfigurationBuilder builder)
    {
        builder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        builder.Properties<DateTime?>().HaveConversion<UtcDateTimeConverter>();
    }

    private sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
        value => value, value => DateTime.SpecifyKind(value, DateTimeKind.Utc));

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
