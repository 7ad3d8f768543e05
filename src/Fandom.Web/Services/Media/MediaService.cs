using Fandom.Data;
using Fandom.Data.Entities;
using Fandom.Web.Content;
using Fandom.Web.Services.Articles;
using Fandom.Web.Services.Editorial;
using Fandom.Web.Services.Site;
using Microsoft.EntityFrameworkCore;

namespace Fandom.Web.Services.Media;

/// <summary>A media item as the library lists it.</summary>
public sealed record MediaCard(int Id, string StorageKey, string ContentType, int Width, int Height, string AltText,
    string? Caption, string? Credit, string? OriginalFileName, DateTime UploadedAtUtc, string DerivedWidths)
{
    /// <summary>The smallest file that still looks right in a library tile.</summary>
    public string ThumbnailUrl => DerivedWidths.Split(',', StringSplitOptions.RemoveEmptyEntries) is [var first, ..]
        ? MediaUrls.Derived(StorageKey, int.Parse(first), "webp")
        : MediaUrls.Original(StorageKey);
}

/// <summary>An article that uses a media item, as hero or in its body.</summary>
public sealed record MediaUse(int ArticleId, string Title, bool AsHero);

public sealed record MediaChoice(int Id, string AltText, string StorageKey, int Width, int Height);

/// <summary>Who uploaded an item, and the owner and state of every article that shows it: what editing it is decided on.</summary>
public sealed record MediaAccess(int Id, string? UploadedById, IReadOnlyList<ArticleAccess> UsedIn);

/// <summary>Why a media command was refused: the item is gone, or (for a delete) an article still shows it.</summary>
public enum MediaError { NotFound, InUse }

/// <summary>The media library: browse, search, edit and delete. Uploads go through <see cref="MediaUploader"/>.</summary>
public sealed class MediaService(FandomDbContext db, IMediaStorage storage, ArticleRenderer renderer)
{
    public const int PageSize = 24;

    /// <summary>Newest first; <paramref name="search"/> matches alt text, caption, credit and file name.</summary>
    public Task<Page<MediaCard>> BrowseAsync(string? search, int page, CancellationToken ct = default) =>
        db.MediaItems
            .Matching(search, term => m => m.AltText.ToLower().Contains(term)
                || (m.Caption != null && m.Caption.ToLower().Contains(term))
                || (m.Credit != null && m.Credit.ToLower().Contains(term))
                || (m.OriginalFileName != null && m.OriginalFileName.ToLower().Contains(term)))
            .OrderByDescending(m => m.UploadedAtUtc).ThenByDescending(m => m.Id)
            .Select(m => new MediaCard(m.Id, m.StorageKey, m.ContentType, m.Width, m.Height, m.AltText, m.Caption, m.Credit,
                m.OriginalFileName, m.UploadedAtUtc, m.DerivedWidths))
            .ToPageAsync(page, PageSize, ct);

    public Task<MediaCard?> FindAsync(int id, CancellationToken ct = default) =>
        db.MediaItems.Where(m => m.Id == id)
            .Select(m => new MediaCard(m.Id, m.StorageKey, m.ContentType, m.Width, m.Height, m.AltText, m.Caption, m.Credit,
                m.OriginalFileName, m.UploadedAtUtc, m.DerivedWidths))
            .FirstOrDefaultAsync(ct);

    public Task<MediaDetails?> DetailsAsync(int id, CancellationToken ct = default) =>
        db.MediaItems.Where(m => m.Id == id)
            .Select(m => new MediaDetails(m.AltText, m.Caption, m.Credit, m.CreditUrl, m.Licence))
            .FirstOrDefaultAsync(ct);

    /// <summary>The newest items, for the hero picker.</summary>
    public Task<List<MediaChoice>> ChoicesAsync(int take = 200, CancellationToken ct = default) =>
        db.MediaItems.OrderByDescending(m => m.UploadedAtUtc).ThenByDescending(m => m.Id).Take(take)
            .Select(m => new MediaChoice(m.Id, m.AltText, m.StorageKey, m.Width, m.Height))
            .ToListAsync(ct);

    /// <summary>The access facts of the items among <paramref name="ids"/> that exist: two queries for a whole library page.</summary>
    public async Task<List<MediaAccess>> AccessAsync(IReadOnlyCollection<int> ids, CancellationToken ct = default)
    {
        var items = await db.MediaItems.Where(m => ids.Contains(m.Id)).Select(m => new { m.Id, m.UploadedById }).ToListAsync(ct);
        // Grouped here rather than in SQL: a collection per item would need APPLY, which SQLite lacks.
        var articles = await db.Articles
            .Where(a => (a.HeroMediaId != null && ids.Contains(a.HeroMediaId.Value)) || a.EmbeddedMedia.Any(m => ids.Contains(m.Id)))
            .Select(a => new
            {
                a.HeroMediaId,
                Embedded = a.EmbeddedMedia.Where(m => ids.Contains(m.Id)).Select(m => m.Id).ToList(),
                Access = new ArticleAccess(a.Id, a.Status, a.Authors.Select(u => u.Id).ToList()),
            })
            .ToListAsync(ct);
        return items.Select(item => new MediaAccess(item.Id, item.UploadedById,
            articles.Where(a => a.HeroMediaId == item.Id || a.Embedded.Contains(item.Id)).Select(a => a.Access).ToList())).ToList();
    }

    /// <summary>Every article that shows the item, as hero or with <c>{{image N}}</c>.</summary>
    public Task<List<MediaUse>> UsesAsync(int id, CancellationToken ct = default) =>
        db.Articles
            .Where(a => a.HeroMediaId == id || a.EmbeddedMedia.Any(m => m.Id == id))
            .OrderBy(a => a.Title)
            .Select(a => new MediaUse(a.Id, a.Title, a.HeroMediaId == id))
            .ToListAsync(ct);

    /// <summary>Saves new alt text, caption and credit, and re-renders the articles that embed the item so readers see them.</summary>
    public async Task<Outcome<MediaError>> UpdateAsync(int id, MediaDetails details, Actor actor, DateTime nowUtc, CancellationToken ct = default)
    {
        var item = await db.MediaItems.FirstOrDefaultAsync(m => m.Id == id, ct);
        if (item is null) return MediaError.NotFound;
        item.AltText = details.AltText.Trim();
        item.Caption = details.Caption.TrimToNull();
        item.Credit = details.Credit.TrimToNull();
        item.CreditUrl = details.CreditUrl.TrimToNull();
        item.Licence = details.Licence.TrimToNull();
        db.Audit(nowUtc, actor, "media.edit", nameof(MediaItem), id);
        await renderer.SaveAndRerenderAsync(a => a.EmbeddedMedia.Any(m => m.Id == id), ct);
        return Outcome<MediaError>.Done;
    }

    /// <summary>Deletes an unused item and every file made from it; an item an article uses is kept.</summary>
    public async Task<Outcome<MediaError>> DeleteAsync(int id, Actor actor, DateTime nowUtc, CancellationToken ct = default)
    {
        var item = await db.MediaItems.FirstOrDefaultAsync(m => m.Id == id, ct);
        if (item is null) return MediaError.NotFound;
        if (await db.Articles.AnyAsync(a => a.HeroMediaId == id || a.EmbeddedMedia.Any(m => m.Id == id), ct)) return MediaError.InUse;

        db.MediaItems.Remove(item);
        db.Audit(nowUtc, actor, "media.delete", nameof(MediaItem), id, item.OriginalFileName ?? item.StorageKey);
        await db.SaveChangesAsync(ct);
        foreach (var key in FileKeys(item)) await storage.DeleteAsync(key, ct);
        return Outcome<MediaError>.Done;
    }

    /// <summary>The original, its full-size WebP and both formats of every derived width.</summary>
    public static IEnumerable<string> FileKeys(MediaItem item)
    {
        yield return item.StorageKey;
        if (item.ContentType == "image/gif") yield break;
        var extension = Path.GetExtension(item.StorageKey).TrimStart('.');
        yield return MediaUrls.DerivedKey(item.StorageKey, item.Width, "webp");
        foreach (var width in MediaEmbeds.Widths(item.DerivedWidths))
        {
            yield return MediaUrls.DerivedKey(item.StorageKey, width, extension);
            yield return MediaUrls.DerivedKey(item.StorageKey, width, "webp");
        }
    }
}
