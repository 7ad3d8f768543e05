using Fandom.Data;
using Fandom.Data.Entities;
using Fandom.Web.Content;
using Microsoft.EntityFrameworkCore;

namespace Fandom.Web.Services.Quotes;

public static class PersonLookup
{
    /// <summary>
    /// The Person with this name (ignoring case), or a new one with a unique slug, added to the unit of work.
    /// People added earlier in the same unit of work count, so two quotes by a newcomer make one Person.
    /// </summary>
    public static async Task<(Person Person, bool Created)> PersonNamedAsync(this FandomDbContext db, string name, CancellationToken ct = default)
    {
        name = name.Trim();
        var lower = name.ToLowerInvariant();
        var person = db.People.Local.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase))
            ?? await db.People.FirstOrDefaultAsync(p => p.Name == name || p.Name.ToLower() == lower, ct);
        if (person is not null) return (person, false);

        person = new Person { Name = name, Slug = await db.UniquePersonSlugAsync(Slugs.From(name), null, ct) };
        db.People.Add(person);
        return (person, true);
    }

    public static Task<string> UniquePersonSlugAsync(this FandomDbContext db, string slug, int? exceptId, CancellationToken ct = default) =>
        // People added in this unit of work but not yet saved count as taken too.
        Slugs.FirstFreeAsync(slug, async candidate =>
            db.People.Local.Any(p => p.Slug == candidate && p.Id != exceptId)
            || await db.People.AnyAsync(p => p.Slug == candidate && p.Id != exceptId, ct));
}
