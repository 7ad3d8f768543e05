using System.Globalization;
using System.Text.Json;
using Fandom.Data.Entities;

namespace Fandom.Web.Services.Import;

/// <summary>
/// Reads a Ghost export (Settings → Labs → Export, <c>{"db":[{"meta":…,"data":{…}}]}</c>, or the older form without
/// <c>db</c>) into an <see cref="ImportedSite"/>. The post body is the export's <c>html</c>. The primary tag (the first
/// public one) becomes a category and the other public tags tags; internal <c>#</c> tags are skipped. The whole file
/// is read first: invalid JSON or a missing field is refused with its line or path, before anything is imported.
/// </summary>
public static class GhostReader
{
    private const string GhostUrl = "__GHOST_URL__";

    public static ImportedSite Read(Stream stream)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(stream, new JsonDocumentOptions { MaxDepth = 64 });
        }
        catch (JsonException e)
        {
            throw ImportFileException.At($"line {(e.LineNumber ?? 0) + 1}, byte {(e.BytePositionInLine ?? 0) + 1}",
                "the file is not valid JSON, or it ends too early. Export the site again from Ghost's Settings → Labs → Export.");
        }
        using (document)
        {
            var root = document.RootElement;
            var (data, path) = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("db", out var db)
                ? (db.ValueKind == JsonValueKind.Array && db.GetArrayLength() > 0 ? db[0] : throw ImportFileException.At("$.db", "is not a list holding the export."), "$.db[0]")
                : (root, "$");
            if (data.ValueKind != JsonValueKind.Object || !data.TryGetProperty("data", out var tables) || tables.ValueKind != JsonValueKind.Object)
                throw ImportFileException.At(path, "has no \"data\" object: this is not a Ghost export.");
            if (!tables.TryGetProperty("posts", out _))
                throw ImportFileException.At($"{path}.data", "has no \"posts\" list: this is not a Ghost export.");
            return Read(tables, $"{path}.data");
        }
    }

    private static ImportedSite Read(JsonElement data, string path)
    {
        var users = Rows(data, "users", path).Select(u => new ImportedAuthor(
            Required(u.Row, "id", u.Path), String(u.Row, "name") ?? Required(u.Row, "slug", u.Path), String(u.Row, "email"), String(u.Row, "bio"))).ToList();
        var tags = Rows(data, "tags", path).ToDictionary(t => Required(t.Row, "id", t.Path), t => (
            Name: Required(t.Row, "name", t.Path), Slug: Required(t.Row, "slug", t.Path), Description: String(t.Row, "description"),
            Internal: String(t.Row, "visibility") == "internal" || Required(t.Row, "name", t.Path).StartsWith('#')));
        var postTags = Rows(data, "posts_tags", path)
            .Select(r => (Post: Required(r.Row, "post_id", r.Path), Tag: Required(r.Row, "tag_id", r.Path), Order: Number(r.Row, "sort_order")))
            .GroupBy(r => r.Post).ToDictionary(g => g.Key, g => g.OrderBy(r => r.Order).Select(r => r.Tag).Where(tags.ContainsKey).ToList());
        var postAuthors = Rows(data, "posts_authors", path)
            .Select(r => (Post: Required(r.Row, "post_id", r.Path), Author: Required(r.Row, "author_id", r.Path), Order: Number(r.Row, "sort_order")))
            .GroupBy(r => r.Post).ToDictionary(g => g.Key, g => g.OrderBy(r => r.Order).Select(r => r.Author).ToList());
        var meta = Rows(data, "posts_meta", path).Where(m => String(m.Row, "post_id") is not null)
            .ToDictionary(m => String(m.Row, "post_id")!, m => m.Row);

        var categories = new Dictionary<string, ImportedTerm>();
        var tagTerms = new Dictionary<string, ImportedTerm>();
        var posts = new List<ImportedPost>();
        foreach (var (row, at) in Rows(data, "posts", path))
        {
            var id = Required(row, "id", at);
            var publicTags = postTags.GetValueOrDefault(id, []).Where(t => !tags[t].Internal).Select(t => tags[t]).ToList();
            foreach (var (tag, i) in publicTags.Select((t, i) => (t, i)))
                (i == 0 ? categories : tagTerms).TryAdd(tag.Slug, new ImportedTerm(tag.Slug, tag.Name, tag.Description, ImportedTerm.OldArchive("tag", tag.Slug)));
            posts.Add(Post(row, at, id, meta.GetValueOrDefault(id), publicTags.Select(t => t.Slug).ToList(),
                postAuthors.GetValueOrDefault(id) ?? (String(row, "author_id") is { } single ? [single] : [])));
        }
        return new ImportedSite(ImportFormat.Ghost, "ghost", users, categories.Values.ToList(), tagTerms.Values.ToList(), posts);
    }

    private static ImportedPost Post(JsonElement row, string at, string id, JsonElement? meta, List<string> tagSlugs, List<string> authors)
    {
        var status = String(row, "status") ?? "draft";
        var type = String(row, "type") ?? "post";
        var (mapped, skip) = (type, status) switch
        {
            ("page", _) => ((ArticleStatus?)null, "a page, not a post: Fandom imports posts as articles"),
            (_, "published" or "scheduled") => (ArticleStatus.Published, null),
            (_, "draft") => (ArticleStatus.Draft, null),
            (_, "sent") => (ArticleStatus.Draft, null),
            _ => (null, $"status \"{status}\" has no Fandom equivalent"),
        };
        var slug = Required(row, "slug", at);
        var created = Date(row, "created_at", at) ?? DateTime.UnixEpoch;
        var published = Date(row, "published_at", at);
        var image = String(row, "feature_image");
        string? MetaOrPost(string name) => (meta is { } m ? String(m, name) : null) ?? String(row, name);
        return new ImportedPost
        {
            SourceId = id, Title = String(row, "title") ?? "Untitled", Slug = slug, SourceStatus = status,
            Status = mapped, SkipReason = skip,
            PublishAtUtc = mapped == ArticleStatus.Published ? published ?? created : null,
            CreatedAtUtc = created,
            Dek = String(row, "custom_excerpt"),
            Html = (String(row, "html") ?? "").Replace(GhostUrl, ""),
            AuthorKeys = authors,
            CategorySlugs = tagSlugs.Take(1).ToList(),
            TagSlugs = tagSlugs.Skip(1).ToList(),
            FeaturedImage = image is null ? null : new ImportedImage(image.Replace(GhostUrl, ""), MetaOrPost("feature_image_alt"), PlainText(MetaOrPost("feature_image_caption"))),
            OldPaths = mapped == ArticleStatus.Published && status == "published" ? [$"/{slug}"] : [],
            Location = at,
        };
    }

    /// <summary>A caption is HTML in Ghost; the media library keeps text.</summary>
    private static string? PlainText(string? html) =>
        html is null ? null : new AngleSharp.Html.Parser.HtmlParser().ParseDocument($"<body>{html}</body>").Body!.TextContent.TrimToNull();

    private static IEnumerable<(JsonElement Row, string Path)> Rows(JsonElement data, string table, string path)
    {
        if (!data.TryGetProperty(table, out var rows) || rows.ValueKind == JsonValueKind.Null) yield break;
        if (rows.ValueKind != JsonValueKind.Array) throw ImportFileException.At($"{path}.{table}", "is not a list.");
        var i = 0;
        foreach (var row in rows.EnumerateArray())
        {
            var at = $"{path}.{table}[{i++}]";
            if (row.ValueKind != JsonValueKind.Object) throw ImportFileException.At(at, "is not an object.");
            yield return (row, at);
        }
    }

    private static string? String(JsonElement row, string name) =>
        row.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString().TrimToNull()
        : row.TryGetProperty(name, out value) && value.ValueKind == JsonValueKind.Number ? value.GetRawText() : null;

    private static int Number(JsonElement row, string name) =>
        row.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var n) ? n : 0;

    private static string Required(JsonElement row, string name, string at) =>
        String(row, name) ?? throw ImportFileException.At(at, $"has no \"{name}\"; the file is not a complete Ghost export.");

    private static DateTime? Date(JsonElement row, string name, string at)
    {
        if (String(row, name) is not { } text) return null;
        return DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var date)
            ? date
            : throw ImportFileException.At($"{at}.{name}", $"\"{text}\" is not a date.");
    }
}
