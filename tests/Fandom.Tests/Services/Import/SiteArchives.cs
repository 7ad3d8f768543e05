using System.IO.Compression;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.RegularExpressions;
using Fandom.Data.Entities;
using Fandom.Data;
using Fandom.Tests.Support;
using Fandom.Web.Services.Articles;
using Fandom.Web.Services.Quotes;
using Fandom.Web.Services.Export;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Fandom.Tests.Services.Import;

/// <summary>
/// Full-site archives for the import tests: written by the real export command, changed entry by entry to make bad ones,
/// and read back in a form that names every record by its natural key (slug, email, storage key) instead of its id, so
/// two sites' archives compare equal when they hold the same site.
/// </summary>
public static partial class SiteArchives
{
    public static async Task<string> ExportAsync(FandomApp app)
    {
        var file = Path.Combine(Path.GetTempPath(), $"site-{Guid.NewGuid():N}.zip");
        var (exit, _, errors) = await ImportFixtures.CommandAsync(app, "export", "--full", file);
        Assert.True(exit == 0, errors);
        return file;
    }

    /// <summary>The id of the library quote <see cref="CompleteDemoAsync"/> embeds: far from any id an empty site hands out, so the import must map it.</summary>
    public const int FarQuoteId = 500;

    /// <summary>
    /// Gives the demo newsroom what it lacks so a round trip covers every field: a former article slug, a former
    /// category slug, an archived article, an end of publication, a pinned revision with a note, and a body embedding a
    /// library quote whose id the receiving site cannot also hand out.
    /// </summary>
    public static async Task CompleteDemoAsync(FandomApp app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FandomDbContext>();
        var now = app.Now();
        var articles = await db.Articles.Where(a => a.Status == ArticleStatus.Published).OrderBy(a => a.Id).ToListAsync();
        db.ArticleSlugs.Add(new ArticleSlug { Slug = articles[0].Slug + "-first-draft", ArticleId = articles[0].Id, RetiredAtUtc = now.AddDays(-3) });
        db.ArticleSlugs.Add(new ArticleSlug { Slug = articles[0].Slug + "-second-draft", ArticleId = articles[0].Id, RetiredAtUtc = now.AddDays(-2) });
        articles[^1].Status = ArticleStatus.Archived;
        articles[1].UnpublishAtUtc = now.AddDays(30);
        var category = await db.Categories.OrderBy(c => c.Id).FirstAsync();
        db.CategorySlugs.Add(new CategorySlug { Slug = category.Slug + "-old", CategoryId = category.Id, RetiredAtUtc = now.AddDays(-5) });
        var revision = await db.ArticleRevisions.OrderBy(r => r.Id).FirstAsync();
        (revision.Pinned, revision.Note) = (true, "The version the editor signed off");

        var speaker = await db.People.OrderBy(p => p.Id).FirstAsync();
        const string words = "Every archive is a promise to the future.";
        db.Quotes.Add(new Quote
        {
            Id = FarQuoteId, Text = words, SpeakerId = speaker.Id, Fingerprint = QuoteFingerprint.Of(speaker.Name, words),
            CreatedAtUtc = now, UpdatedAtUtc = now,
        });
        await db.SaveChangesAsync();
        // Through the pipeline a save uses, so the stored HTML is what a re-render makes.
        articles[0].Body += $"\n\n{{{{quote {FarQuoteId}}}}}\n";
        await scope.ServiceProvider.GetRequiredService<ArticleRenderer>().RenderAsync(articles[0]);
        await scope.ServiceProvider.GetRequiredService<QuoteCollector>().CollectAsync(articles[0]);
        await db.SaveChangesAsync();
    }

    /// <summary>A copy of <paramref name="file"/> with entries replaced (a null value removes the entry).</summary>
    public static string Changed(string file, Dictionary<string, byte[]?> entries)
    {
        var copy = Path.Combine(Path.GetTempPath(), $"site-{Guid.NewGuid():N}.zip");
        using (var source = ZipFile.OpenRead(file))
        using (var target = ZipFile.Open(copy, ZipArchiveMode.Create))
        {
            foreach (var entry in source.Entries)
            {
                if (entries.TryGetValue(entry.FullName, out var replaced) && replaced is null) continue;
                using var output = target.CreateEntry(entry.FullName).Open();
                if (replaced is not null) output.Write(replaced);
                else
                {
                    using var input = entry.Open();
                    input.CopyTo(output);
                }
            }
        }
        return copy;
    }

    public static string Text(string file, string entry)
    {
        using var zip = ZipFile.OpenRead(file);
        using var reader = new StreamReader(zip.GetEntry(entry)!.Open());
        return reader.ReadToEnd();
    }

    public static T Read<T>(string file, string entry) => JsonSerializer.Deserialize<T>(Text(file, entry), SiteArchive.Json)!;

    /// <summary>
    /// Each kind of record as JSON, ids replaced by natural keys and ordered by them; media with a hash of their bytes.
    /// Staff whose emails are in <paramref name="leaveOut"/> (the admin who ran the import) are not listed.
    /// </summary>
    public static Dictionary<string, string> Natural(string file, params string[] leaveOut)
    {
        var staff = Read<List<StaffRecord>>(file, "staff.json");
        var categories = Read<List<CategoryRecord>>(file, "categories.json");
        var tags = Read<List<TagRecord>>(file, "tags.json");
        var people = Read<List<PersonRecord>>(file, "people.json");
        var media = Read<List<MediaRecord>>(file, "media.json");
        var articles = Read<List<ArticleRecord>>(file, "articles.json");
        var quotes = Read<List<QuoteRecord>>(file, "quotes.json");

        var email = staff.ToDictionary(s => s.Id, s => s.Email ?? s.Slug);
        var category = categories.ToDictionary(c => c.Id, c => c.Slug);
        var tag = tags.ToDictionary(t => t.Id, t => t.Slug);
        var person = people.ToDictionary(p => p.Id, p => p.Slug);
        var storageKey = media.ToDictionary(m => m.Id, m => m.StorageKey);
        var slug = articles.ToDictionary(a => a.Id, a => a.Slug);
        var quote = quotes.ToDictionary(q => q.Id, q => $"{person[q.SpeakerId]}: {q.Text}");
        string Body(string body) => ImageShortcode().Replace(QuoteShortcode().Replace(body,
                m => quote.TryGetValue(int.Parse(m.Groups[1].Value), out var q) ? $"{{{{quote «{q}»}}}}" : m.Value),
            m => storageKey.TryGetValue(int.Parse(m.Groups[1].Value), out var k) ? $"{{{{image «{k}»}}}}" : m.Value);

        using var zip = ZipFile.OpenRead(file);
        string Hash(string path)
        {
            using var stream = zip.GetEntry(path)!.Open();
            return Convert.ToHexString(SHA256.HashData(stream));
        }
        static string Json<T>(IEnumerable<T> records) => JsonSerializer.Serialize(records, SiteArchive.Json);

        return new()
        {
            ["settings"] = Text(file, "settings.json"),
            ["staff"] = Json(staff.Where(s => !leaveOut.Contains(s.Email)).OrderBy(s => s.Email)
                .Select(s => s with { Id = "" })),
            ["categories"] = Json(categories.OrderBy(c => c.Slug).Select(c => c with { Id = 0 })),
            ["tags"] = Json(tags.OrderBy(t => t.Slug).Select(t => t with { Id = 0 })),
            ["people"] = Json(people.OrderBy(p => p.Slug).Select(p => p with { Id = 0 })),
            ["media"] = Json(media.OrderBy(m => m.StorageKey).Select(m => new
            {
                Record = m with { Id = 0, UploadedById = m.UploadedById is { } u ? email[u] : null }, Bytes = Hash(m.File),
            })),
            ["articles"] = Json(articles.OrderBy(a => a.Slug).Select(a => new
            {
                Record = a with
                {
                    Id = 0, Body = Body(a.Body), HeroMediaId = null, AuthorIds = a.AuthorIds.Select(id => email[id]).Order().ToList(),
                    CategoryIds = [], TagIds = [],
                },
                Hero = a.HeroMediaId is { } hero ? storageKey[hero] : null,
                Categories = a.CategoryIds.Select(id => category[id]).ToList(),
                Tags = a.TagIds.Select(id => tag[id]).Order().ToList(),
            })),
            ["revisions"] = Json(Read<List<RevisionRecord>>(file, "revisions.json")
                .Select(r => new { Article = slug[r.ArticleId], Record = r with { Id = 0, ArticleId = 0, Body = Body(r.Body), AuthorId = r.AuthorId is { } u ? email[u] : null } })
                .OrderBy(r => r.Article).ThenBy(r => r.Record.CreatedAtUtc).ThenBy(r => r.Record.Title)),
            ["quotes"] = Json(quotes.Select(q => new
            {
                Key = quote[q.Id], Record = q with { Id = 0, SpeakerId = 0, OriginArticleId = null },
                Origin = q.OriginArticleId is { } origin ? slug[origin] : null,
            }).OrderBy(q => q.Key, StringComparer.Ordinal)),
            ["redirects"] = Json(Read<List<RedirectRecord>>(file, "redirects.json").OrderBy(r => r.FromPath)),
        };
    }

    [GeneratedRegex(@"\{\{\s*image\s+(\d{1,9})\s*\}\}", RegexOptions.IgnoreCase)]
    private static partial Regex ImageShortcode();

    [GeneratedRegex(@"\{\{\s*quote\s+(\d{1,9})\s*\}\}", RegexOptions.IgnoreCase)]
    private static partial Regex QuoteShortcode();
}
