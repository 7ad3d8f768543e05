using System.IO.Compression;
using System.Text;
using Fandom.Data;
using Fandom.Data.Entities;
using Fandom.Web.Services.Media;
using Microsoft.EntityFrameworkCore;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Fandom.Web.Services.Export;

/// <summary>An article's front matter: everything but the body, in words another tool reads (times in UTC, ISO 8601).</summary>
public sealed class ArticleFrontMatter
{
    public string Title { get; set; } = "";
    public string Slug { get; set; } = "";
    public string? Dek { get; set; }
    public string Status { get; set; } = "";
    public DateTime? PublishAt { get; set; }
    public DateTime? UnpublishAt { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public List<string> Authors { get; set; } = [];
    public List<string> Categories { get; set; } = [];
    public List<string> Tags { get; set; } = [];
    public List<string>? OldSlugs { get; set; }
    public string? ContentNotes { get; set; }
    public string? SeoTitle { get; set; }
    public string? SeoDescription { get; set; }

    /// <summary>The hero's file in the zip, e.g. media/2026/05/ab12.jpg.</summary>
    public string? HeroImage { get; set; }
    public string? HeroCaption { get; set; }
    public string? HeroAlt { get; set; }
}

/// <summary>A media item as <c>media.yaml</c> lists it, so <c>{{image N}}</c> in a body can be followed to its file and words.</summary>
public sealed class MediaEntry
{
    public int Id { get; set; }
    public string File { get; set; } = "";
    public string AltText { get; set; } = "";
    public string? Caption { get; set; }
    public string? Credit { get; set; }
    public string? CreditUrl { get; set; }
    public string? Licence { get; set; }
}

/// <summary>
/// Every article as a Markdown file with YAML front matter (<c>articles/{slug}.md</c>, drafts included) and every
/// media file (<c>media/…</c>, listed in <c>media.yaml</c>), in one zip: the site's words and pictures in a form any
/// static-site tool or another CMS reads. Bodies are the Markdown source as written, shortcodes included.
/// </summary>
public sealed class MarkdownExport(FandomDbContext db, IMediaStorage storage)
{
    public static readonly ISerializer Yaml = new SerializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .ConfigureDefaultValuesHandling(DefaultValuesHandling.OmitNull | DefaultValuesHandling.OmitEmptyCollections)
        .Build();

    public static readonly IDeserializer YamlReader = new DeserializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .IgnoreUnmatchedProperties()
        .Build();

    public async Task<int> WriteAsync(Stream output, CancellationToken ct = default)
    {
        using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        var count = 0;
        // Articles are read in pages so a large archive never sits in memory whole.
        for (var lastId = 0; ;)
        {
            var page = await db.Articles.AsNoTracking().Where(a => a.Id > lastId).OrderBy(a => a.Id).Take(200)
                .Include(a => a.Authors).Include(a => a.Categories).Include(a => a.Tags).Include(a => a.OldSlugs).Include(a => a.HeroMedia)
                .AsSplitQuery().ToListAsync(ct);
            if (page.Count == 0) break;
            foreach (var article in page)
            {
                await WriteEntryAsync(zip, $"articles/{article.Slug}.md", Document(article), ct);
                count++;
            }
            lastId = page[^1].Id;
        }

        var media = await db.MediaItems.AsNoTracking().OrderBy(m => m.Id).ToListAsync(ct);
        foreach (var item in media)
        {
            await using var file = storage.OpenRead(item.StorageKey);
            if (file is null) continue;
            await using var entry = zip.CreateEntry(MediaPath(item.StorageKey), CompressionLevel.NoCompression).Open();
            await file.CopyToAsync(entry, ct);
        }
        await WriteEntryAsync(zip, "media.yaml", Yaml.Serialize(media.Select(m => new MediaEntry
        {
            Id = m.Id, File = MediaPath(m.StorageKey), AltText = m.AltText, Caption = m.Caption, Credit = m.Credit, CreditUrl = m.CreditUrl, Licence = m.Licence,
        }).ToList()), ct);
        return count;
    }

    public static string MediaPath(string storageKey) => "media/" + storageKey;

    /// <summary>The Markdown file of one article: front matter between <c>---</c> lines, then the body.</summary>
    public static string Document(Article article)
    {
        var front = new ArticleFrontMatter
        {
            Title = article.Title, Slug = article.Slug, Dek = article.Dek, Status = StatusName(article.Status),
            PublishAt = article.PublishAtUtc, UnpublishAt = article.UnpublishAtUtc, CreatedAt = article.CreatedAtUtc, UpdatedAt = article.UpdatedAtUtc,
            Authors = article.Authors.Select(a => a.DisplayName).ToList(),
            Categories = article.Categories.OrderBy(c => c.DisplayOrder).Select(c => c.Name).ToList(),
            Tags = article.Tags.OrderBy(t => t.Name).Select(t => t.Name).ToList(),
            OldSlugs = article.OldSlugs.Count > 0 ? article.OldSlugs.Select(s => s.Slug).ToList() : null,
            ContentNotes = article.ContentNotes, SeoTitle = article.SeoTitle, SeoDescription = article.SeoDescription,
            HeroImage = article.HeroMedia is { } hero ? MediaPath(hero.StorageKey) : null,
            HeroCaption = article.HeroCaption, HeroAlt = article.HeroAltText,
        };
        return new StringBuilder().Append("---\n").Append(Yaml.Serialize(front)).Append("---\n\n").Append(article.Body.TrimEnd()).Append('\n').ToString();
    }

    /// <summary>The front matter of a file <see cref="Document"/> wrote, and its body.</summary>
    public static (ArticleFrontMatter Front, string Body) Read(string document)
    {
        var text = document.Replace("\r\n", "\n");
        var end = text.IndexOf("\n---\n", 4, StringComparison.Ordinal);
        if (!text.StartsWith("---\n") || end < 0) throw new FormatException("The file has no front matter between --- lines.");
        return (YamlReader.Deserialize<ArticleFrontMatter>(text[4..(end + 1)]), text[(end + 5)..].TrimStart('\n'));
    }

    /// <summary>A status as the exports write it.</summary>
    public static string StatusName(ArticleStatus status) => status switch
    {
        ArticleStatus.Draft => "draft",
        ArticleStatus.InReview => "in-review",
        ArticleStatus.Published => "published",
        _ => "archived",
    };

    private static async Task WriteEntryAsync(ZipArchive zip, string name, string text, CancellationToken ct)
    {
        await using var entry = zip.CreateEntry(name, CompressionLevel.Optimal).Open();
        await entry.WriteAsync(Encoding.UTF8.GetBytes(text), ct);
    }
}
