using System.IO.Compression;
using System.Reflection;
using System.Text.Json;
using Fandom.Data.Entities;
using Fandom.Web.Areas.Editorial.Models;
using Fandom.Web.Services.Export;
using Fandom.Web.Services.Media;

namespace Fandom.Web.Services.Import;

/// <summary>A full-site archive read to its end and found whole: every record, and where the zip is for the media bytes.</summary>
public sealed record SiteArchiveContents(
    string ZipPath, SiteManifest Manifest, SettingsRecord? Settings, List<StaffRecord> Staff, List<CategoryRecord> Categories,
    List<TagRecord> Tags, List<PersonRecord> People, List<MediaRecord> Media, List<ArticleRecord> Articles,
    List<RevisionRecord> Revisions, List<QuoteRecord> Quotes, List<RedirectRecord> Redirects)
{
    public int RecordCount => Staff.Count + Categories.Count + Tags.Count + People.Count + Media.Count + Articles.Count
        + Revisions.Count + Quotes.Count + Redirects.Count;
}

/// <summary>
/// Reads a full-site archive (<see cref="SiteArchive"/>) and checks all of it before the import writes anything: the
/// manifest and its format version, every file it names and their record counts, every JSON file (a parse error names
/// the file, line and JSON path), every reference between records, and every media file by its content (the upload
/// checks of <see cref="ImageProcessor"/>) and its size. The first problem stops the read with an <see cref="ImportFileException"/>.
/// </summary>
public sealed class SiteArchiveReader(ImageProcessor images)
{
    private static readonly JsonSerializerOptions Strict = new(SiteArchive.Json)
    {
        RespectNullableAnnotations = true,
    };

    private static readonly string[] Kinds = ["settings", "staff", "categories", "tags", "people", "media", "articles", "revisions", "quotes", "redirects"];

    public SiteArchiveContents Read(string zipPath)
    {
        using var zip = ZipLimits.Open(File.OpenRead(zipPath));
        var manifest = ReadManifest(zip);
        var files = manifest.Files.ToDictionary(f => f.Path);
        foreach (var file in manifest.Files)
            if (zip.GetEntry(file.Path) is null)
                throw new ImportFileException($"{file.Path} is listed in {SiteArchive.ManifestFile} but is not in the archive.");

        List<T> Records<T>(string kind)
        {
            var listed = manifest.Files.FirstOrDefault(f => f.Kind == kind && f.Records is not null)
                ?? throw new ImportFileException($"{SiteArchive.ManifestFile} lists no {kind} file.");
            var records = Parse<List<T>>(zip.GetEntry(listed.Path)!, listed.Path);
            RequireFields(records, listed.Path);
            if (records.Count != listed.Records)
                throw new ImportFileException($"{listed.Path} holds {Count(records.Count)}; {SiteArchive.ManifestFile} says {Count(listed.Records!.Value)}.");
            return records;
        }

        var settings = Records<SettingsRecord>("settings");
        if (settings.Count > 1) throw new ImportFileException("settings.json holds more than one settings record.");
        var contents = new SiteArchiveContents(zipPath, manifest, settings.SingleOrDefault(), Records<StaffRecord>("staff"),
            Records<CategoryRecord>("categories"), Records<TagRecord>("tags"), Records<PersonRecord>("people"), Records<MediaRecord>("media"),
            Records<ArticleRecord>("articles"), Records<RevisionRecord>("revisions"), Records<QuoteRecord>("quotes"), Records<RedirectRecord>("redirects"));
        CheckReferences(contents);
        CheckMedia(zip, contents, files);
        return contents;
    }

    private static SiteManifest ReadManifest(ZipArchive zip)
    {
        var entry = zip.GetEntry(SiteArchive.ManifestFile)
            ?? throw new ImportFileException($"{SiteArchive.ManifestFile} is missing: this is not a Fandom full-site archive.");
        // The version is read on its own first, so a newer layout is named as such rather than as a parse error.
        var version = Parse<JsonElement>(entry, SiteArchive.ManifestFile);
        if (version.ValueKind != JsonValueKind.Object || !version.TryGetProperty("formatVersion", out var number) || !number.TryGetInt32(out var formatVersion))
            throw new ImportFileException($"{SiteArchive.ManifestFile} has no formatVersion: this is not a Fandom full-site archive.");
        if (formatVersion > SiteArchive.FormatVersion)
            throw new ImportFileException($"The archive is format version {formatVersion}, and this Fandom reads format version {SiteArchive.FormatVersion} at most. Import it with a newer Fandom.");
        if (formatVersion < 1) throw new ImportFileException($"{SiteArchive.ManifestFile} names format version {formatVersion}, which no Fandom writes.");
        var manifest = Parse<SiteManifest>(entry, SiteArchive.ManifestFile);
        foreach (var kind in Kinds.Where(k => manifest.Files.All(f => f.Kind != k)))
            throw new ImportFileException($"{SiteArchive.ManifestFile} lists no {kind} file.");
        if (manifest.Files.GroupBy(f => f.Path).FirstOrDefault(g => g.Count() > 1) is { } twice)
            throw new ImportFileException($"{SiteArchive.ManifestFile} lists {twice.Key} twice.");
        return manifest;
    }

    private static T Parse<T>(ZipArchiveEntry entry, string path)
    {
        try
        {
            using var stream = new MemoryStream(ZipLimits.ReadAll(entry));
            return JsonSerializer.Deserialize<T>(stream, Strict) ?? throw new ImportFileException($"{path}: holds null rather than records.");
        }
        catch (JsonException e)
        {
            var line = e.LineNumber is { } n ? $", line {n + 1}" : "";
            var what = e.Message.Split(" Path:")[0].Split(" LineNumber:")[0].TrimEnd('.', ' ');
            throw new ImportFileException($"{path}{line} ({e.Path ?? "$"}): {what}.");
        }
        catch (InvalidDataException)
        {
            throw new ImportFileException($"{path} is damaged in the archive and cannot be unpacked.");
        }
    }

    /// <summary>
    /// The archive leaves out fields that are null; a field the record type does not allow to be null must be there
    /// (an explicit null is refused by the parser already), else the record is named by its place in the file.
    /// </summary>
    private static void RequireFields<T>(List<T> records, string path)
    {
        var nullability = new NullabilityInfoContext();
        var required = typeof(T).GetProperties().Where(p => !p.PropertyType.IsValueType && nullability.Create(p).ReadState == NullabilityState.NotNull).ToList();
        for (var i = 0; i < records.Count; i++)
            if (required.FirstOrDefault(p => p.GetValue(records[i]) is null) is { } missing)
                throw new ImportFileException($"{path} ($[{i}]): the record has no {JsonNamingPolicy.CamelCase.ConvertName(missing.Name)}.");
    }

    /// <summary>Every id a record names must be a record of the archive; a dangling one is named by file and id.</summary>
    private static void CheckReferences(SiteArchiveContents site)
    {
        var staff = Unique(site.Staff, s => s.Id, "staff.json", "staff member");
        var categories = Unique(site.Categories, c => c.Id, "categories.json", "category");
        var tags = Unique(site.Tags, t => t.Id, "tags.json", "tag");
        var people = Unique(site.People, p => p.Id, "people.json", "person");
        var media = Unique(site.Media, m => m.Id, "media.json", "media item");
        var articles = Unique(site.Articles, a => a.Id, "articles.json", "article");
        Unique(site.Revisions, r => r.Id, "revisions.json", "revision");
        Unique(site.Quotes, q => q.Id, "quotes.json", "quote");
        var quotes = site.Quotes.Select(q => q.Id).ToHashSet();
        UniqueBy(site.Articles, a => a.Slug, "articles.json", "slug");
        UniqueBy(site.Categories, c => c.Slug, "categories.json", "slug");
        UniqueBy(site.Tags, t => t.Slug, "tags.json", "slug");
        UniqueBy(site.People, p => p.Slug, "people.json", "slug");
        UniqueBy(site.Media, m => m.StorageKey, "media.json", "storage key");
        UniqueBy(site.Redirects, r => r.FromPath, "redirects.json", "address");

        static void Dangling<TKey>(bool found, string file, string record, object id, string what, TKey reference, string other)
        {
            if (!found) throw new ImportFileException($"{file}: {record} {id} names {what} {reference}, which is not in {other}.");
        }
        foreach (var s in site.Staff)
            foreach (var role in s.Roles.Where(r => !Roles.All.Contains(r)))
                throw new ImportFileException($"staff.json: staff member {s.Id} has the role {role}, which this Fandom does not have.");
        foreach (var m in site.Media.Where(m => m.UploadedById is not null))
            Dangling(staff.Contains(m.UploadedById!), "media.json", "media item", m.Id, "uploader", m.UploadedById, "staff.json");
        foreach (var a in site.Articles)
        {
            if (a.AuthorIds.Count == 0) throw new ImportFileException($"articles.json: article {a.Id} names no author.");
            foreach (var author in a.AuthorIds) Dangling(staff.Contains(author), "articles.json", "article", a.Id, "author", author, "staff.json");
            foreach (var category in a.CategoryIds) Dangling(categories.Contains(category), "articles.json", "article", a.Id, "category", category, "categories.json");
            foreach (var tag in a.TagIds) Dangling(tags.Contains(tag), "articles.json", "article", a.Id, "tag", tag, "tags.json");
            if (a.HeroMediaId is { } hero) Dangling(media.Contains(hero), "articles.json", "article", a.Id, "hero media item", hero, "media.json");
            // A body's {{image N}} and {{quote N}} are references too: the import rewrites them to the new ids.
            foreach (var image in Content.Markdown.Shortcode.Ids(a.Body, Content.Markdown.Shortcode.Image))
                Dangling(media.Contains(image), "articles.json", "article", a.Id, "media item", image, "media.json");
            foreach (var quote in Content.Markdown.Shortcode.Ids(a.Body, Content.Markdown.Shortcode.Quote))
                Dangling(quotes.Contains(quote), "articles.json", "article", a.Id, "quote", quote, "quotes.json");
        }
        foreach (var r in site.Revisions)
        {
            Dangling(articles.Contains(r.ArticleId), "revisions.json", "revision", r.Id, "article", r.ArticleId, "articles.json");
            if (r.AuthorId is { } author) Dangling(staff.Contains(author), "revisions.json", "revision", r.Id, "author", author, "staff.json");
        }
        foreach (var q in site.Quotes)
        {
            Dangling(people.Contains(q.SpeakerId), "quotes.json", "quote", q.Id, "speaker", q.SpeakerId, "people.json");
            if (q.OriginArticleId is { } origin) Dangling(articles.Contains(origin), "quotes.json", "quote", q.Id, "origin article", origin, "articles.json");
        }
    }

    private static HashSet<TKey> Unique<T, TKey>(List<T> records, Func<T, TKey> id, string file, string what)
    {
        var seen = new HashSet<TKey>();
        foreach (var record in records)
            if (!seen.Add(id(record))) throw new ImportFileException($"{file}: {what} {id(record)} appears twice.");
        return seen;
    }

    private static void UniqueBy<T>(List<T> records, Func<T, string> key, string file, string what)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var record in records)
            if (!seen.Add(key(record))) throw new ImportFileException($"{file}: the {what} {key(record)} appears twice.");
    }

    /// <summary>Each media file: present, listed, the size the manifest and its record say, and an image the media library accepts.</summary>
    private void CheckMedia(ZipArchive zip, SiteArchiveContents site, Dictionary<string, ManifestFile> files)
    {
        foreach (var item in site.Media)
        {
            var where = $"{item.File} (media item {item.Id})";
            if (!files.TryGetValue(item.File, out var listed) || zip.GetEntry(item.File) is not { } entry)
                throw new ImportFileException($"media.json: media item {item.Id} names the file {item.File}, which is not in the archive.");
            if (entry.Length != listed.Bytes || entry.Length != item.Length)
                throw new ImportFileException($"{where} is {entry.Length:N0} bytes; {SiteArchive.ManifestFile} says {listed.Bytes:N0} and media.json says {item.Length:N0}.");
            var check = images.Process(ZipLimits.ReadAll(entry));
            if (check.Refusal is { } refusal)
                throw new ImportFileException($"{where} is refused by the media library: {UploadRefusals.Message(refusal, images.Limits)}");
            if (check.Image!.ContentType != item.ContentType)
                throw new ImportFileException($"{where} is a {check.Image.ContentType} file; media.json says {item.ContentType}.");
        }
    }

    private static string Count(int n) => n == 1 ? "1 record" : $"{n:N0} records";
}
