using Fandom.Data;
using Fandom.Data.Entities;
using Fandom.Web.Content;
using Fandom.Web.Services.Quotes;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Fandom.Bench.Archive;

public sealed record NamedRow(int Id, string Name, string Slug);

public sealed record Byline(string Id, string DisplayName, string Slug);

/// <summary>
/// Everything articles point at, written before the first article: sections, tags, staff bylines, people with
/// their library quotes, and media items. Articles refer to these by id; each batch attaches its own copies.
/// </summary>
public sealed record Newsroom(
    DateTime AnchorUtc,
    IReadOnlyList<NamedRow> Categories,
    IReadOnlyList<NamedRow> Tags,
    IReadOnlyList<Byline> Authors,
    IReadOnlyList<string> People,
    IReadOnlyList<int> LibraryQuoteIds,
    IReadOnlyList<int> MediaIds)
{
    public const int TagCount = 300;
    public const int AuthorCount = 12;
    public const int PersonCount = 150;
    public const int LibraryQuoteCount = 600;
    public const int MediaCount = 24;

    /// <summary>Writes the newsroom with a fixed seed; <paramref name="anchorUtc"/> is "now" for the whole archive.</summary>
    public static async Task<Newsroom> CreateAsync(FandomDbContext db, DateTime anchorUtc, int seed, CancellationToken ct)
    {
        var random = new Random(seed);

        var categories = Vocabulary.Categories
            .Select((c, i) => new Category { Name = c.Name, Slug = Slugs.From(c.Name), Description = c.Description, DisplayOrder = i })
            .ToList();
        db.Categories.AddRange(categories);

        // Tag names in a seeded order: rank 1 (the most used under Zipf's law) is whichever name comes first.
        var tagNames = Vocabulary.TitleAdjectives.SelectMany(a => Vocabulary.TitleNouns.Select(n => $"{a} {n}"))
            .OrderBy(_ => random.Next()).Take(TagCount).ToList();
        var tags = tagNames.Select(name => new Tag { Name = name, Slug = Slugs.From(name) }).ToList();
        db.Tags.AddRange(tags);

        var authors = Enumerable.Range(0, AuthorCount).Select(i =>
        {
            var name = $"{Vocabulary.FirstNames[(i * 7 + 3) % Vocabulary.FirstNames.Length]} {Vocabulary.LastNames[(i * 11 + 5) % Vocabulary.LastNames.Length]}";
            var email = $"{Slugs.From(name)}@bench.example";
            return new StaffUser
            {
                UserName = email, NormalizedUserName = email.ToUpperInvariant(), Email = email, NormalizedEmail = email.ToUpperInvariant(),
                EmailConfirmed = true, DisplayName = name, Slug = Slugs.From(name), Bio = $"{name} writes about {tagNames[i]} and more.",
                SecurityStamp = Guid.NewGuid().ToString("N"), CreatedAtUtc = anchorUtc.AddYears(-10),
            };
        }).ToList();
        db.Users.AddRange(authors);
        await db.SaveChangesAsync(ct);

        var roleIds = await db.Roles.ToDictionaryAsync(r => r.Name!, r => r.Id, ct);
        db.UserRoles.AddRange(authors.Select((u, i) => new IdentityUserRole<string>
        {
            UserId = u.Id, RoleId = roleIds[i < 2 ? Roles.Editor : Roles.Author],
        }));

        var people = Vocabulary.FirstNames.SelectMany(f => Vocabulary.LastNames.Select(l => $"{f} {l}"))
            .OrderBy(_ => random.Next()).Take(PersonCount)
            .Select(name => new Person
            {
                Name = name, Slug = Slugs.From(name), Url = $"https://example.com/people/{Slugs.From(name)}",
                Bio = $"{name} {Pick(random, ["wrote", "directs", "stars in", "produced", "scored"])} {Pick(random, tagNames)}.",
            })
            .ToList();
        db.People.AddRange(people);

        // Speakers cycle, so every person has library quotes; articles pick quotes by Zipf, so a few people are quoted a lot.
        var quotes = Enumerable.Range(0, LibraryQuoteCount).Select(i =>
        {
            var speaker = people[i % people.Count];
            var text = Prose.Sentence(random, 12, 24);
            var source = Pick(random, Vocabulary.Sources);
            return new Quote
            {
                Text = text, Speaker = speaker, SourceName = source, SourceUrl = $"https://example.com/{Slugs.From(source)}/{i + 1}",
                SaidOn = DateOnly.FromDateTime(anchorUtc.AddDays(-random.Next(1, 3650))),
                Fingerprint = QuoteFingerprint.Of(speaker.Name, text), CreatedAtUtc = anchorUtc.AddYears(-10), UpdatedAtUtc = anchorUtc.AddYears(-10),
            };
        }).ToList();
        db.Quotes.AddRange(quotes);

        // Rows only: reader pages link /media/… URLs but the benchmark never fetches the files.
        var media = Enumerable.Range(1, MediaCount).Select(i => new MediaItem
        {
            StorageKey = $"bench/poster-{i:00}.jpg", ContentType = "image/jpeg", OriginalFileName = $"poster-{i:00}.jpg",
            Length = 240_000 + i, Width = 1600, Height = 900, DerivedWidths = "480,960,1600",
            AltText = $"Poster for {tagNames[i]}", Caption = $"The {tagNames[i]} key art.", Credit = Pick(random, Vocabulary.Sources),
            CreditUrl = "https://example.com/press", UploadedById = authors[i % authors.Count].Id, UploadedAtUtc = anchorUtc.AddYears(-10),
        }).ToList();
        db.MediaItems.AddRange(media);
        await db.SaveChangesAsync(ct);

        return new Newsroom(
            anchorUtc,
            categories.Select(c => new NamedRow(c.Id, c.Name, c.Slug)).ToList(),
            tags.Select(t => new NamedRow(t.Id, t.Name, t.Slug)).ToList(),
            authors.Select(a => new Byline(a.Id, a.DisplayName, a.Slug)).ToList(),
            people.Select(p => p.Name).ToList(),
            quotes.Select(q => q.Id).ToList(),
            media.Select(m => m.Id).ToList());
    }

    private static T Pick<T>(Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];
}
