using Fandom.Data;
using Fandom.Data.Entities;
using Fandom.Web.Content;
using Fandom.Web.Services.Site;
using Microsoft.EntityFrameworkCore;

namespace Fandom.Web.Services.Taxonomy;

public sealed record CategoryRow(int Id, string Name, string Slug, string? Description, int ArticleCount, IReadOnlyList<string> OldSlugs);

/// <summary>What an editor saves for a category; an empty slug means "from the name".</summary>
public sealed record CategoryEdit(string Name, string? Slug, string? Description);

/// <summary>Why a category command was refused; <see cref="Outcome{TError}.Detail"/> names the slug or category concerned.</summary>
public enum CategoryError
{
    NotFound,
    /// <summary>The name (or slug) has no letter or digit to make an address of.</summary>
    NoSlug,
    /// <summary>Another category has the slug (the detail).</summary>
    SlugTaken,
    MergeIntoItself,
    /// <summary>The category (the detail: its name) still has articles.</summary>
    HasArticles,
}

/// <summary>
/// Editors' commands on categories. A category's URL never dies: a rename or a merge keeps the old slug
/// as a <see cref="CategorySlug"/>, which the redirect middleware answers with a permanent redirect.
/// </summary>
public sealed class CategoryService(FandomDbContext db, TimeProvider time)
{
    private DateTime Now => time.UtcNow();

    public async Task<List<CategoryRow>> ListAsync(CancellationToken ct = default) =>
        (await db.Categories.AsNoTracking().OrderBy(c => c.DisplayOrder).ThenBy(c => c.Name)
            .Select(c => new { c.Id, c.Name, c.Slug, c.Description, Count = c.Articles.Count, Old = c.OldSlugs.Select(s => s.Slug).ToList() })
            .ToListAsync(ct))
        .Select(c => new CategoryRow(c.Id, c.Name, c.Slug, c.Description, c.Count, c.Old.Order().ToList())).ToList();

    public async Task<CategoryRow?> FindAsync(int id, CancellationToken ct = default) =>
        (await ListAsync(ct)).FirstOrDefault(c => c.Id == id);

    public async Task<Outcome<int, CategoryError>> CreateAsync(CategoryEdit edit, Actor actor, CancellationToken ct = default)
    {
        var slug = SlugFor(edit);
        if (slug.Length == 0) return CategoryError.NoSlug;
        if (await db.Categories.AnyAsync(c => c.Slug == slug, ct)) return new Outcome<CategoryError>(CategoryError.SlugTaken, slug);
        await ReclaimOldSlugAsync(slug, ct);
        var order = await db.Categories.Select(c => (int?)c.DisplayOrder).MaxAsync(ct) ?? -1;
        var category = new Category { Name = edit.Name.Trim(), Slug = slug, Description = edit.Description.TrimToNull(), DisplayOrder = order + 1 };
        db.Categories.Add(category);
        await db.SaveCreatedAsync(() => category.Id, Now, actor, "category.create", nameof(Category), category.Name, ct);
        return Outcome<int, CategoryError>.Done(category.Id);
    }

    /// <summary>Renames and describes; a new slug retires the old one, which keeps redirecting.</summary>
    public async Task<Outcome<CategoryError>> UpdateAsync(int id, CategoryEdit edit, Actor actor, CancellationToken ct = default)
    {
        var category = await db.Categories.FirstOrDefaultAsync(c => c.Id == id, ct);
        if (category is null) return CategoryError.NotFound;
        var slug = SlugFor(edit);
        if (slug.Length == 0) return CategoryError.NoSlug;
        if (await db.Categories.AnyAsync(c => c.Slug == slug && c.Id != id, ct)) return new(CategoryError.SlugTaken, slug);
        var details = category.Name == edit.Name.Trim() ? category.Name : $"{category.Name} → {edit.Name.Trim()}";
        if (slug != category.Slug)
        {
            await ReclaimOldSlugAsync(slug, ct);
            db.CategorySlugs.Add(new CategorySlug { Slug = category.Slug, CategoryId = id, RetiredAtUtc = Now });
            details += $" (/category/{category.Slug} → /category/{slug})";
            category.Slug = slug;
        }
        category.Name = edit.Name.Trim();
        category.Description = edit.Description.TrimToNull();
        db.Audit(Now, actor, "category.update", nameof(Category), id, details);
        await db.SaveChangesAsync(ct);
        return Outcome<CategoryError>.Done;
    }

    /// <summary>Moves a category one place up (-1) or down (+1) in the navigation order.</summary>
    public async Task MoveAsync(int id, int direction, Actor actor, CancellationToken ct = default)
    {
        var all = await db.Categories.OrderBy(c => c.DisplayOrder).ThenBy(c => c.Name).ToListAsync(ct);
        var index = all.FindIndex(c => c.Id == id);
        var other = index + Math.Sign(direction);
        if (index < 0 || other < 0 || other >= all.Count) return;
        (all[index], all[other]) = (all[other], all[index]);
        for (var i = 0; i < all.Count; i++) all[i].DisplayOrder = i;
        db.Audit(Now, actor, "category.reorder", nameof(Category), id, $"{all[other].Name} {(direction < 0 ? "up" : "down")}");
        await db.SaveChangesAsync(ct);
    }

    /// <summary>
    /// Moves every article of <paramref name="sourceId"/> into <paramref name="targetId"/>, then deletes the source;
    /// its current and old slugs become old slugs of the target, so every URL it had still leads somewhere.
    /// </summary>
    public async Task<Outcome<CategoryError>> MergeAsync(int sourceId, int targetId, Actor actor, CancellationToken ct = default)
    {
        if (sourceId == targetId) return CategoryError.MergeIntoItself;
        var source = await db.Categories.Include(c => c.Articles).ThenInclude(a => a.Categories).Include(c => c.OldSlugs)
            .FirstOrDefaultAsync(c => c.Id == sourceId, ct);
        var target = await db.Categories.FirstOrDefaultAsync(c => c.Id == targetId, ct);
        if (source is null || target is null) return CategoryError.NotFound;

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var moved = TermMerge.MoveArticles(source.Articles, a => a.Categories, source, target);
        foreach (var old in source.OldSlugs.ToList()) old.CategoryId = target.Id;
        await db.SaveChangesAsync(ct);

        var retired = source.Slug;
        db.Categories.Remove(source);
        await db.SaveChangesAsync(ct);
        db.CategorySlugs.Add(new CategorySlug { Slug = retired, CategoryId = target.Id, RetiredAtUtc = Now });
        db.Audit(Now, actor, "category.merge", nameof(Category), target.Id, $"{source.Name} into {target.Name}; {moved} article(s) moved");
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return Outcome<CategoryError>.Done;
    }

    /// <summary>Deletes a category that has no articles; one with articles must be merged instead.</summary>
    public async Task<Outcome<CategoryError>> DeleteAsync(int id, Actor actor, CancellationToken ct = default)
    {
        var category = await db.Categories.FirstOrDefaultAsync(c => c.Id == id, ct);
        if (category is null) return CategoryError.NotFound;
        if (await db.Articles.AnyAsync(a => a.Categories.Any(c => c.Id == id), ct))
            return new(CategoryError.HasArticles, category.Name);
        db.Categories.Remove(category);
        db.Audit(Now, actor, "category.delete", nameof(Category), id, category.Name);
        await db.SaveChangesAsync(ct);
        return Outcome<CategoryError>.Done;
    }

    /// <summary>A slug that once redirected is free again when a category takes it as its own.</summary>
    private async Task ReclaimOldSlugAsync(string slug, CancellationToken ct) =>
        db.CategorySlugs.RemoveRange(await db.CategorySlugs.Where(s => s.Slug == slug).ToListAsync(ct));

    private static string SlugFor(CategoryEdit edit) => Slugs.From(string.IsNullOrWhiteSpace(edit.Slug) ? edit.Name : edit.Slug);
}
