using Fandom.Data;
using Fandom.Web.Infrastructure.Faults;
using Fandom.Web.Services.Articles;
using Microsoft.EntityFrameworkCore;

namespace Fandom.Web.Services.Site;

/// <summary>
/// The sections in every page's masthead, memoized: they change only through the category pages, whose saves move
/// <see cref="ReaderCacheInvalidation.Generation"/> (as every change readers see on all pages does, on any instance).
/// Rechecked every <see cref="PublishingSchedule.RecheckEvery"/> too, for rows changed in the database outside the app.
/// When the database fails, the masthead keeps the sections it last read (<see cref="StaleOnFault"/>), or shows none.
/// </summary>
public sealed class SectionNavigation(IServiceScopeFactory scopes, TimeProvider time, ReaderCacheInvalidation changes, FaultLog faults)
{
    private sealed record Memo(long Generation, IReadOnlyList<TermLink> Sections, DateTime CheckedAtUtc, DateTime ReadAtUtc);

    private Memo? memo;

    public async Task<IReadOnlyList<TermLink>> SectionsAsync(CancellationToken ct = default)
    {
        var now = time.UtcNow();
        var generation = changes.Generation;
        var current = memo;
        if (current is not null && current.Generation == generation && now - current.CheckedAtUtc < PublishingSchedule.RecheckEvery)
            return current.Sections;

        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var sections = await scope.ServiceProvider.GetRequiredService<FandomDbContext>().Categories
                .OrderBy(c => c.DisplayOrder).ThenBy(c => c.Name)
                .Select(c => new TermLink(c.Name, c.Slug))
                .ToListAsync(ct);
            memo = new Memo(generation, sections, now, now);
            return sections;
        }
        catch (Exception e) when (DatabaseFaults.Find(e) is not null)
        {
            faults.Report("Reading the masthead's sections", e);
            var kept = current is not null && StaleOnFault.MayServe(current.ReadAtUtc, now, e) ? current.Sections : [];
            // Asked again after RetryEvery, not on every page.
            memo = new Memo(generation, kept, now - PublishingSchedule.RecheckEvery + StaleOnFault.RetryEvery, current?.ReadAtUtc ?? DateTime.MinValue);
            return kept;
        }
    }
}
