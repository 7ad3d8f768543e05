using Fandom.Data;
using Fandom.Data.Entities;
using Fandom.Web.Services.Site;
using Microsoft.EntityFrameworkCore;

namespace Fandom.Web.Data.Demo;

/// <summary>
/// The demo newsroom's history, so the admin pages show something on first run: publishing in the audit log,
/// a renamed section, a couple of hand-made redirects and the missing pages readers asked for.
/// </summary>
public static class DemoAdministration
{
    public static async Task SeedAsync(FandomDbContext db, DateTime now, CancellationToken ct)
    {
        var published = await db.Articles.Where(a => a.Status == ArticleStatus.Published && a.PublishAtUtc <= now)
            .OrderBy(a => a.PublishAtUtc)
            .Select(a => new { a.Id, a.Slug, a.Title, a.PublishAtUtc, Author = a.Authors.Select(u => new { u.Id, u.DisplayName }).First() })
            .ToListAsync(ct);
        foreach (var article in published)
            db.AuditEvents.Add(new AuditEvent
            {
                OccurredAtUtc = article.PublishAtUtc!.Value, ActorId = article.Author.Id, ActorName = article.Author.DisplayName,
                Action = "article.publish", TargetType = nameof(Article), TargetId = article.Id.ToString(), Details = article.Title,
            });

        if (await db.Categories.FirstOrDefaultAsync(c => c.Slug == "tv-movies", ct) is { } screen)
            db.CategorySlugs.Add(new CategorySlug { Slug = "film-and-tv", CategoryId = screen.Id, RetiredAtUtc = now.AddDays(-30) });

        if (published.Count >= 2)
        {
            db.Redirects.AddRange(
                new Redirect { FromPath = "/2025/convention-season-preview", ToPath = ReaderUrls.Article(published[0].Slug), CreatedAtUtc = now.AddDays(-20) },
                new Redirect { FromPath = "/old-site/reviews", ToPath = ReaderUrls.Category("tv-movies"), CreatedAtUtc = now.AddDays(-12) });
        }
        db.NotFoundHits.AddRange(
            new NotFoundHit { Path = "/2024/best-of-the-year", Count = 14, FirstSeenUtc = now.AddDays(-9), LastSeenUtc = now.AddHours(-3) },
            new NotFoundHit { Path = ReaderUrls.Category("anime"), Count = 6, FirstSeenUtc = now.AddDays(-4), LastSeenUtc = now.AddHours(-20) },
            new NotFoundHit { Path = "/wp-login.php", Count = 31, FirstSeenUtc = now.AddDays(-6), LastSeenUtc = now.AddDays(-1) });
        await db.SaveChangesAsync(ct);
    }
}
