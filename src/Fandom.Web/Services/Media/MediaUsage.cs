using Fandom.Data;
using Fandom.Data.Entities;
using Fandom.Web.Content.Markdown;
using Microsoft.EntityFrameworkCore;

namespace Fandom.Web.Services.Media;

/// <summary>Keeps <see cref="Article.EmbeddedMedia"/> in step with the body's <c>{{image N}}</c> shortcodes, so a used item is not deleted.</summary>
public static class MediaUsage
{
    public static async Task RecordEmbedsAsync(FandomDbContext db, Article article, CancellationToken ct = default)
    {
        var ids = Shortcode.Ids(article.Body, Shortcode.Image);
        if (db.Entry(article).State is not (EntityState.Added or EntityState.Detached))
            await db.Entry(article).Collection(a => a.EmbeddedMedia).LoadAsync(ct);
        article.EmbeddedMedia.RemoveAll(m => !ids.Contains(m.Id));
        var missing = ids.Except(article.EmbeddedMedia.Select(m => m.Id)).ToList();
        if (missing.Count > 0)
            article.EmbeddedMedia.AddRange(await db.MediaItems.Where(m => missing.Contains(m.Id)).ToListAsync(ct));
    }
}
