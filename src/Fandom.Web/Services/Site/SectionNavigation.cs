using Fandom.Data;
using Fandom.Web.Services.Articles;
using Microsoft.EntityFrameworkCore;

namespace Fandom.Web.Services.Site;

/// <summary>
/// The sections in every page's masthead, memoized: they change only through the category pages, whose saves move
/// <see cref="ReaderCacheInvalidation.Generation"/> (as every change readers see on all pages does, on any instance).
/// Rechecked every <see cref="PublishingSchedule.RecheckEvery"/> too, for rows changed in the database outside the app.
/// </summary>
public sealed class SectionNavigation(IServiceScopeFactory scopes, TimeProvider time, ReaderCacheInvalidation changes)
{
    private sealed record Memo(long Generation, IReadOnlyList<TermLink> Sections, DateTime CheckedAtUtc);

    private Memo? memo;

    public async Task<IReadOnlyList<TermLink>> SectionsAsync(CancellationToken ct = default)
    {
        var now = time.UtcNow();
        var generation = changes.Generation;
        if (memo is { } current && current.Generation == generation && now - current.CheckedAtUtc < PublishingSchedule.RecheckEvery)
            return current.Sections;

        await using var scope = scopes.CreateAsyncScope();
        var sections = await scope.ServiceProvider.GetRequiredService<FandomDbContext>().Categories
            .OrderBy(c => c.DisplayOrder).ThenBy(c => c.Name)
            .Select(c => new TermLink(c.Name, c.Slug))
            .ToListAsync(ct);
        memo = new Memo(generation, sections, now);
        return sections;
    }
}
