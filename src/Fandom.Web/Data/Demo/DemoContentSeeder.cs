using Fandom.Data;
using Fandom.Data.Entities;
using Fandom.Web.Content;
using Fandom.Web.Content.Markdown;
using Fandom.Web.Services;
using Fandom.Web.Services.Articles;
using Fandom.Web.Services.Media;
using Fandom.Web.Services.Quotes;
using Microsoft.EntityFrameworkCore;

namespace Fandom.Web.Data.Demo;

/// <summary>
/// Fills an empty database with the demo newsroom, so a first run shows every feature.
/// Demo staff have no password: they are bylines, not accounts anyone can sign in to.
/// </summary>
public sealed partial class DemoContentSeeder(FandomDbContext db, ArticleRenderer renderer, TimeProvider time, QuoteCollector quotes,
    MediaUploader uploader, IMediaStorage storage)
{
    /// <summary>A site with no articles and no sections is one the demo may fill.</summary>
    public static async Task<bool> IsEmptyAsync(FandomDbContext db, CancellationToken ct = default) =>
        !await db.Articles.AnyAsync(ct) && !await db.Categories.AnyAsync(ct);

    /// <summary>
    /// All or nothing, in one transaction: a start that dies while seeding leaves an empty database, which the next
    /// start seeds in full (a half-seeded one, with its categories, was taken for a site in use and never completed).
    /// A seed that fails removes the poster files it wrote; a killed one leaves them as unreferenced files only.
    /// </summary>
    public async Task SeedIfEmptyAsync(CancellationToken ct = default)
    {
        if (!await IsEmptyAsync(db, ct)) return;

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        try
        {
            await SeedAsync(ct);
            await transaction.CommitAsync(ct);
        }
        catch
        {
            var files = db.ChangeTracker.Entries<MediaItem>().SelectMany(e => MediaService.FileKeys(e.Entity)).ToList();
            await transaction.RollbackAsync(CancellationToken.None);
            foreach (var key in files) await storage.DeleteAsync(key, CancellationToken.None);
            throw;
        }
    }

    private async Task SeedAsync(CancellationToken ct)
    {
        var now = time.UtcNow();
        var categories = DemoNewsroom.Categories
            .Select((c, i) => new Category { Name = c.Name, Slug = Slugs.From(c.Name), Description = c.Description, DisplayOrder = i })
            .ToList();
        db.Categories.AddRange(categories);

        var staff = DemoNewsroom.Staff.Select(s => new StaffUser
        {
            UserName = s.Email, NormalizedUserName = s.Email.ToUpperInvariant(),
            Email = s.Email, NormalizedEmail = s.Email.ToUpperInvariant(), EmailConfirmed = true,
            DisplayName = s.DisplayName, Slug = Slugs.From(s.DisplayName), Bio = s.Bio,
            SecurityStamp = Guid.NewGuid().ToString("N"), CreatedAtUtc = now,
        }).ToList();
        db.Users.AddRange(staff);
        await db.SaveChangesAsync(ct);

        var roleIds = await db.Roles.ToDictionaryAsync(r => r.Name!, r => r.Id, ct);
        db.UserRoles.AddRange(staff.Select((u, i) => new Microsoft.AspNetCore.Identity.IdentityUserRole<string>
        {
            UserId = u.Id, RoleId = roleIds[DemoNewsroom.Staff[i].Role],
        }));

        var quoteIds = await SeedQuoteLibraryAsync(now, ct);

        // Demo media: a poster per article as its hero; the lead story also embeds one in its body.
        var posters = await DemoPosters.UploadAsync(uploader, new Actor(staff[0].Id, staff[0].DisplayName), ct);

        var tags = new Dictionary<string, Tag>();
        foreach (var (demo, index) in DemoNewsroom.Articles.Concat(DemoNewsroom.Briefs).Select((a, i) => (a, i)))
        {
            var at = now.AddDays(-demo.PublishedDaysAgo);
            var article = new Article
            {
                Title = demo.Title, Slug = Slugs.From(demo.Title), Dek = demo.Dek,
                Body = WithQuotes(index == 0 ? WithFigure(demo.Body, posters[1]) : demo.Body, quoteIds),
                HeroMediaId = posters[index % posters.Count],
                ContentNotes = demo.ContentNotes, Status = demo.Status,
                PublishAtUtc = demo.Status == ArticleStatus.Published ? at : null,
                CreatedAtUtc = at.AddDays(-1), UpdatedAtUtc = demo.PublishedDaysAgo < 0 ? now : at,
                Authors = [staff[demo.Author]],
                Categories = categories.Where(c => demo.Categories.Contains(c.Name)).ToList(),
                Tags = demo.Tags.Select(name => tags.TryGetValue(name, out var t) ? t : tags[name] = new Tag { Name = name, Slug = Slugs.From(name) }).ToList(),
            };
            article.ReviewNote = demo.ReviewNote;
            await renderer.RenderAsync(article, ct);
            // A first draft without the closing section (or paragraph), so every demo article has a history to compare and restore.
            var lastSection = article.Body.LastIndexOf("\n## ", StringComparison.Ordinal);
            if (lastSection <= 0) lastSection = article.Body.TrimEnd().LastIndexOf("\n\n", StringComparison.Ordinal);
            if (lastSection > 0)
            {
                article.Revisions.Add(new ArticleRevision
                {
                    Title = article.Title, Dek = article.Dek, Body = article.Body[..lastSection].TrimEnd(), ContentNotes = article.ContentNotes,
                    Slug = article.Slug, Status = ArticleStatus.Draft, AuthorId = staff[demo.Author].Id, CreatedAtUtc = article.UpdatedAtUtc.AddHours(-3),
                });
            }
            article.Revisions.Add(new ArticleRevision
            {
                Title = article.Title, Dek = article.Dek, Body = article.Body, ContentNotes = article.ContentNotes,
                Slug = article.Slug, Status = article.Status, AuthorId = staff[demo.Author].Id, CreatedAtUtc = article.UpdatedAtUtc,
            });
            db.Articles.Add(article);
            await quotes.CollectAsync(article, ct);
            await MediaUsage.RecordEmbedsAsync(db, article, ct);
        }
        await db.SaveChangesAsync(ct);
        await DemoAdministration.SeedAsync(db, now, ct);
    }

    /// <summary>People and library quotes come first, so articles can embed the quotes and link the speakers.</summary>
    private async Task<Dictionary<string, int>> SeedQuoteLibraryAsync(DateTime now, CancellationToken ct)
    {
        var people = DemoNewsroom.People.ToDictionary(
            p => p.Name, p => new Person { Name = p.Name, Slug = Slugs.From(p.Name), Bio = p.Bio, Url = p.Url });
        db.People.AddRange(people.Values);
        var library = DemoNewsroom.Quotes.ToDictionary(q => q.Key, q => new Quote
        {
            Text = q.Text, Speaker = people[q.Speaker], SourceName = q.SourceName, SourceUrl = q.SourceUrl, SaidOn = q.SaidOn,
            Fingerprint = QuoteFingerprint.Of(q.Speaker, q.Text), CreatedAtUtc = now, UpdatedAtUtc = now,
        });
        db.Quotes.AddRange(library.Values);
        await db.SaveChangesAsync(ct);
        return library.ToDictionary(q => q.Key, q => q.Value.Id);
    }

    private static string WithQuotes(string body, Dictionary<string, int> quoteIds) =>
        QuoteKey().Replace(body, m => Shortcode.Write(Shortcode.Quote, quoteIds[m.Groups[1].Value]));

    [System.Text.RegularExpressions.GeneratedRegex(@"\{\{quote ([a-z-]+)\}\}")]
    private static partial System.Text.RegularExpressions.Regex QuoteKey();

    /// <summary>Puts an <c>{{image N}}</c> line before the body's second section, where a reader meets it mid-story.</summary>
    private static string WithFigure(string body, int mediaId)
    {
        var headings = System.Text.RegularExpressions.Regex.Matches(body, "^## ", System.Text.RegularExpressions.RegexOptions.Multiline);
        var at = headings.Count > 1 ? headings[1].Index : body.Length;
        return body[..at] + $"{{{{image {mediaId}}}}}\n\n" + body[at..];
    }
}
