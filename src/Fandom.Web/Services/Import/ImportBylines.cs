using Fandom.Data;
using Fandom.Data.Entities;
using Fandom.Web.Content;
using Fandom.Web.Services.Admin;
using Microsoft.EntityFrameworkCore;

namespace Fandom.Web.Services.Import;

/// <summary>
/// The staff accounts an import's posts are bylined to: a writer whose email is a staff member's is that member;
/// anyone else becomes a byline: an Author account without a password, locked as an admin locks an account, so that
/// whoever holds the old site's address cannot choose a password through "forgot password" and walk into the
/// newsroom. An admin unlocks the byline on the staff page when its writer joins.
/// </summary>
public sealed class ImportBylines(FandomDbContext db, StaffService staff)
{
    /// <summary>The key of the byline for posts that name no author: the person running the import, else an archive byline.</summary>
    public const string FallbackKey = "";

    public async Task<Dictionary<string, StaffUser>> MatchAsync(ImportedSite site, IReadOnlyList<ImportedPost> posts, ImportOptions options, ImportReport report, CancellationToken ct)
    {
        var used = posts.SelectMany(p => p.AuthorKeys).ToHashSet();
        var known = site.Authors.ToDictionary(a => a.Key);
        var matched = new Dictionary<string, StaffUser>();
        foreach (var key in used)
        {
            var author = known.GetValueOrDefault(key) ?? new ImportedAuthor(key, key, null, null);
            matched[key] = await FindOrCreateAsync(author.DisplayName, author.Email ?? PlaceholderEmail(site, key), author.Bio, options, report, ct);
        }
        if (posts.Any(p => !p.AuthorKeys.Any(matched.ContainsKey)))
            matched[FallbackKey] = options.Actor is { } actor
                ? await db.Users.SingleAsync(u => u.Id == actor.UserId, ct)
                : await FindOrCreateAsync($"{site.FormatName} archive", PlaceholderEmail(site, "archive"), null, options, report, ct);
        return matched;
    }

    /// <summary>An address no mail is sent to (.invalid is reserved for that), so a writer without one can still be matched next time.</summary>
    private static string PlaceholderEmail(ImportedSite site, string key) =>
        $"{Slugs.From(key)}@{site.FormatName.ToLowerInvariant()}.import.invalid";

    private async Task<StaffUser> FindOrCreateAsync(string name, string email, string? bio, ImportOptions options, ImportReport report, CancellationToken ct)
    {
        var normalized = email.Trim().ToUpperInvariant();
        if (await db.Users.FirstOrDefaultAsync(u => u.NormalizedEmail == normalized, ct) is { } existing) return existing;
        report.AuthorsCreated++;
        if (options.DryRun) return new StaffUser { Id = "", DisplayName = name, Email = email };
        var created = await staff.CreateAsync(email, name, null, Roles.Author, options.Actor);
        if (created.Value is not { } user) throw new ImportFileException($"The byline {name} <{email}> could not be created: {created.Detail}");
        if (bio is not null) user.Bio = bio.Length > 1000 ? ContentRenderer.Excerpt(bio, 1000) : bio;
        (user.LockoutEnabled, user.LockoutEnd) = (true, DateTimeOffset.MaxValue);
        await db.SaveChangesAsync(ct);
        return user;
    }
}
