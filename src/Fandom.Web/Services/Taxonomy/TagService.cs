using Fandom.Data;
using Fandom.Data.Entities;
using Fandom.Web.Content;
using Fandom.Web.Services.Site;
using Microsoft.EntityFrameworkCore;

namespace Fandom.Web.Services.Taxonomy;

public sealed record TagRow(int Id, string Name, string Slug, int ArticleCount);

/// <summary>Why a tag command was refused; <see cref="Outcome{TError}.Detail"/> names the slug concerned.</summary>
public enum TagError
{
    NotFound,
    /// <summary>The name has no letter or digit to make an address of.</summary>
    NoSlug,
    /// <summary>Another tag has the slug (the detail).</summary>
    SlugTaken,
    MergeIntoItself,
}

/// <summary>
/// Editors' commands on tags. Tags keep no slug history, so a rename or merge leaves a manual redirect
/// from the old /tag/ address to the new one.
/// </summary>
public sealed class TagService(FandomDbContext db, TimeProvider time)
{
    private DateTime Now => time.UtcNow();

    public Task<Page<TagRow>> ListAsync(string? search, int page, CancellationToken ct = default) =>
        db.Tags.AsNoTracking().Matching(search, term => t => t.Name.ToLower().Contains(term))
            .OrderBy(t => t.Name).Select(t => new TagRow(t.Id, t.Name, t.Slug, t.Articles.Count)).ToPageAsync(page, 100, ct);

    public Task<List<TagRow>> AllAsync(CancellationToken ct = default) =>
        db.Tags.AsNoTracking().OrderBy(t => t.Name).Select(t => new TagRow(t.Id, t.Name, t.Slug, t.Articles.Count)).ToListAsync(ct);

    public async Task<Outcome<TagError>> RenameAsync(int id, string name, Actor actor, CancellationToken ct = default)
    {
        var tag = await db.Tags.FirstOrDefaultAsync(t => t.Id == id, ct);
        if (tag is null) return TagError.NotFound;
        var slug = Slugs.From(name);
        if (slug.Length == 0) return TagError.NoSlug;
        if (await db.Tags.AnyAsync(t => t.Slug == slug && t.Id != id, ct)) return new(TagError.SlugTaken, slug);
        var details = $"{tag.Name} → {name.Trim()}";
        if (slug != tag.Slug)
        {
            await RedirectService.PointAsync(db, ReaderUrls.Tag(tag.Slug), ReaderUrls.Tag(slug), actor, Now, ct);
            tag.Slug = slug;
        }
        tag.Name = name.Trim();
        db.Audit(Now, actor, "tag.rename", nameof(Tag), id, details);
        await db.SaveChangesAsync(ct);
        return Outcome<TagError>.Done;
    }

    /// <summary>Moves every article of <paramref name="sourceId"/> to <paramref name="targetId"/> and deletes the source tag.</summary>
    public async Task<Outcome<TagError>> MergeAsync(int sourceId, int targetId, Actor actor, CancellationToken ct = default)
    {
        if (sourceId == targetId) return TagError.MergeIntoItself;
        var source = await db.Tags.Include(t => t.Articles).ThenInclude(a => a.Tags).FirstOrDefaultAsync(t => t.Id == sourceId, ct);
        var target = await db.Tags.FirstOrDefaultAsync(t => t.Id == targetId, ct);
        if (source is null || target is null) return TagError.NotFound;
        var moved = TermMerge.MoveArticles(source.Articles, a => a.Tags, source, target);
        await RedirectService.PointAsync(db, ReaderUrls.Tag(source.Slug), ReaderUrls.Tag(target.Slug), actor, Now, ct);
        db.Tags.Remove(source);
        db.Audit(Now, actor, "tag.merge", nameof(Tag), target.Id, $"{source.Name} into {target.Name}; {moved} article(s) moved");
        await db.SaveChangesAsync(ct);
        return Outcome<TagError>.Done;
    }
}
