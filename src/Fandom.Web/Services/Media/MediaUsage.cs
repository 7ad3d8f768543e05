using System.Text.RegularExpressions;
using Fandom.Data;
using Fandom.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Fandom.Web.Services.Media;

/// <summary>Keeps <see cref="Article.EmbeddedMedia"/> in step with the body's <c>{{image N}}</c> lines, so a used item is not deleted.</summary>
public static partial class MediaUsage
{
    public static async Task RecordEmbedsAsync(FandomDbContext db, Article article, CancellationToken ct = default)
    {
        var ids = Shortcode().Matches(article.Body ?? "").Select(m => int.Parse(m.Groups[1].Value)).Distinct().ToList();
        if (db.Entry(article).State is not (EntityState.Added or EntityState.Detached))
            await db.Entry(article).Collection(a => a.EmbeddedMedia).LoadAsync(ct);
        article.EmbeddedMedia.RemoveAll(m => !ids.Contains(m.Id));
        var missing = ids.Except(article.EmbeddedMedia.Select(m => m.Id)).ToList();
        if (missing.Count > 0)
            article.EmbeddedMedia.AddRange(await db.MediaItems.Where(m => missing.Contains(m.Id)).ToListAsync(ct));
    }

    [GeneratedRegex(@"^\s{0,3}\{\{\s*image\s+(\d{1,9})\s*\}\}\s*$", RegexOptions.IgnoreCase | RegexOptions.Multiline)]
    private static partial Regex Shortcode();
}
