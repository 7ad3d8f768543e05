using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using Fandom.Data.Entities;

namespace Fandom.Web.Services.Import;

/// <summary>
/// Reads a WordPress export (WXR 1.0–1.2, Tools → Export) into an <see cref="ImportedSite"/>. The file is read as a
/// stream, one <c>&lt;item&gt;</c> at a time, and read to its end before anything is imported, so a file that is not
/// XML, is not WXR or is cut short is refused with its line and nothing is half-imported.
/// </summary>
public static class WordPressReader
{
    private const string ContentNs = "http://purl.org/rss/1.0/modules/content/";
    private const string DcNs = "http://purl.org/dc/elements/1.1/";
    private const string WpNsPrefix = "http://wordpress.org/export/";

    public static ImportedSite Read(Stream stream)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreComments = true };
        using var reader = XmlReader.Create(stream, settings);
        var line = (IXmlLineInfo)reader;
        try
        {
            return Read(reader, line);
        }
        catch (XmlException e)
        {
            throw ImportFileException.At($"line {e.LineNumber}, column {e.LinePosition}",
                $"the file is not well-formed XML, or it ends too early ({e.Message.Split(" Line ")[0].TrimEnd('.')}).");
        }
    }

    private static ImportedSite Read(XmlReader reader, IXmlLineInfo line)
    {
        if (!reader.ReadToFollowing("rss"))
            throw ImportFileException.At("line 1", "this is not a WordPress export: a WXR file starts with an <rss> element.");

        string? siteUrl = null, wxrVersion = null;
        var authors = new List<ImportedAuthor>();
        var categories = new List<(XElement Element, int Line)>();
        var tags = new List<ImportedTerm>();
        var items = new List<(XElement Element, int Line)>();

        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element) continue;
            var at = line.LineNumber;
            var isWp = reader.NamespaceURI.StartsWith(WpNsPrefix);
            switch (reader.LocalName)
            {
                case "wxr_version" when isWp: wxrVersion = Load(reader).Value.Trim(); break;
                case "base_site_url" when isWp: siteUrl = Load(reader).Value.Trim(); break;
                case "base_blog_url" when isWp: siteUrl ??= Load(reader).Value.Trim(); break;
                case "author" when isWp: authors.Add(Author(Load(reader), at)); break;
                case "category" when isWp: categories.Add((Load(reader), at)); break;
                case "tag" when isWp: tags.Add(Tag(Load(reader), at)); break;
                case "item": items.Add((Load(reader), at)); break;
            }
        }
        if (wxrVersion is null)
            throw ImportFileException.At($"line {line.LineNumber}", "this RSS file is not a WordPress export: it has no <wp:wxr_version>. Export from WordPress with Tools → Export.");

        var site = (siteUrl ?? "").TrimEnd('/');
        // An export written by a plugin or edited by hand may repeat an id, a slug or a meta key; the first one counts.
        var attachments = items.Where(i => Text(i.Element, "post_type") == "attachment")
            .DistinctBy(i => Required(i.Element, "post_id", i.Line)).ToDictionary(i => Text(i.Element, "post_id"), i => i.Element);
        var siteOffset = SiteOffset(items);
        var terms = Categories(categories);
        var posts = items.Where(i => Text(i.Element, "post_type") is "post" or "page")
            .Select(i => Post(i.Element, i.Line, site, siteOffset, attachments, terms)).ToList();

        // Terms used only on posts (an export of one author lists no <wp:category>) are taken from the posts themselves.
        foreach (var (element, at) in items)
            foreach (var category in element.Elements("category"))
            {
                var slug = (string?)category.Attribute("nicename") ?? "";
                var name = category.Value.Trim();
                if (slug.Length == 0 || name.Length == 0) continue;
                if ((string?)category.Attribute("domain") == "category" && terms.All(t => t.Slug != slug)) terms.Add(new ImportedTerm(slug, name, null, ImportedTerm.OldArchive("category", slug)));
                if ((string?)category.Attribute("domain") == "post_tag" && tags.All(t => t.Slug != slug)) tags.Add(new ImportedTerm(slug, name, null, ImportedTerm.OldArchive("tag", slug)));
            }
        return new ImportedSite(ImportFormat.WordPress, $"wordpress:{site}", authors, terms, tags, posts);
    }

    private static XElement Load(XmlReader reader)
    {
        using var subtree = reader.ReadSubtree();
        subtree.MoveToContent();
        return (XElement)XNode.ReadFrom(subtree);
    }

    private static ImportedAuthor Author(XElement author, int line)
    {
        var login = Required(author, "author_login", line);
        var display = Text(author, "author_display_name").TrimToNull()
            ?? $"{Text(author, "author_first_name")} {Text(author, "author_last_name")}".TrimToNull() ?? login;
        return new ImportedAuthor(login, display, Text(author, "author_email").TrimToNull(), null);
    }

    private static ImportedTerm Tag(XElement tag, int line) =>
        new(Required(tag, "tag_slug", line), Required(tag, "tag_name", line), Text(tag, "tag_description").TrimToNull(), ImportedTerm.OldArchive("tag", Text(tag, "tag_slug")));

    /// <summary>
    /// Categories are flattened (Fandom's have no parents): each keeps its own name, and its old archive address,
    /// <c>/category/parent/child/</c>, is remembered for the redirect.
    /// </summary>
    private static List<ImportedTerm> Categories(List<(XElement Element, int Line)> categories)
    {
        categories = [.. categories.DistinctBy(c => Required(c.Element, "category_nicename", c.Line))];
        var parents = categories.ToDictionary(c => Text(c.Element, "category_nicename"), c => Text(c.Element, "category_parent"));
        string Path(string slug)
        {
            var chain = new List<string> { slug };
            while (parents.TryGetValue(chain[0], out var parent) && parent.Length > 0 && !chain.Contains(parent) && chain.Count < 20) chain.Insert(0, parent);
            return ImportedTerm.OldArchive("category", [.. chain]);
        }
        return categories.Select(c =>
        {
            var slug = Text(c.Element, "category_nicename");
            return new ImportedTerm(slug, Required(c.Element, "cat_name", c.Line), Text(c.Element, "category_description").TrimToNull(), Path(slug));
        }).ToList();
    }

    private static ImportedPost Post(XElement item, int line, string site, TimeSpan siteOffset, Dictionary<string, XElement> attachments, List<ImportedTerm> terms)
    {
        var id = Required(item, "post_id", line);
        var type = Text(item, "post_type");
        var status = Text(item, "status");
        var title = ((string?)item.Element("title") ?? "").Trim();
        var slug = Uri.UnescapeDataString(Text(item, "post_name"));
        var local = Date(item, "post_date", line);
        var gmt = Date(item, "post_date_gmt", line);
        var when = gmt ?? (local - siteOffset) ?? DateTime.UnixEpoch;
        var isProtected = Text(item, "post_password").Length > 0;
        var (mapped, skip) = (type, status) switch
        {
            ("page", _) => ((ArticleStatus?)null, "a page, not a post: Fandom imports posts as articles"),
            // Fandom has no passwords on articles: a protected post comes in as a draft rather than open to everyone.
            (_, "publish" or "future") when isProtected => (ArticleStatus.Draft, null),
            (_, "publish" or "future") => (ArticleStatus.Published, null),
            (_, "draft" or "private") => (ArticleStatus.Draft, null),
            (_, "pending") => (ArticleStatus.InReview, null),
            (_, "trash") => (null, "in the trash"),
            (_, "auto-draft") => (null, "an automatic draft WordPress made and nobody wrote"),
            _ => (null, $"status \"{status}\" has no Fandom equivalent"),
        };
        var meta = item.Elements().Where(e => e.Name.LocalName == "postmeta")
            .Select(m => (Key: Text(m, "meta_key"), Value: Text(m, "meta_value"))).ToList();
        var thumbnail = meta.FirstOrDefault(m => m.Key == "_thumbnail_id").Value;
        var html = WordPressMarkup.ToHtml(Content(item, ContentNs), galleryIds => Gallery(galleryIds, id, attachments));

        var oldPaths = new List<string>();
        if (mapped == ArticleStatus.Published)
        {
            oldPaths.Add($"/?p={id}");
            if (PathOf((string?)item.Element("link"), site) is { } permalink) oldPaths.Add(permalink);
            if (slug.Length > 0) oldPaths.Add($"/{slug}");
        }
        return new ImportedPost
        {
            SourceId = id, Title = title.Length > 0 ? title : "Untitled", Slug = slug.Length > 0 ? slug : title,
            SourceStatus = isProtected ? $"{status}, password-protected" : status, Status = mapped, SkipReason = skip,
            PublishAtUtc = mapped == ArticleStatus.Published ? when : null,
            CreatedAtUtc = when,
            Dek = Content(item, WpNsPrefix + "1.2/excerpt/").TrimToNull() ?? Content(item, WpNsPrefix + "1.1/excerpt/").TrimToNull()
                ?? Content(item, WpNsPrefix + "1.0/excerpt/").TrimToNull(),
            Html = html,
            AuthorKeys = item.Elements(XName.Get("creator", DcNs)).Select(c => c.Value.Trim()).Where(c => c.Length > 0).ToList(),
            CategorySlugs = Terms(item, "category"),
            TagSlugs = Terms(item, "post_tag"),
            FeaturedImage = thumbnail is { Length: > 0 } && attachments.TryGetValue(thumbnail, out var attachment) ? Image(attachment) : null,
            OldPaths = oldPaths.Distinct().ToList(),
            Location = $"line {line}",
        };
    }

    /// <summary>The images of a <c>[gallery]</c>: those it names, else every image attached to the post.</summary>
    private static IEnumerable<ImportedImage> Gallery(IReadOnlyList<string> ids, string postId, Dictionary<string, XElement> attachments) =>
        (ids.Count > 0 ? ids.Where(attachments.ContainsKey).Select(i => attachments[i])
            : attachments.Values.Where(a => Text(a, "post_parent") == postId))
        .Select(Image);

    private static ImportedImage Image(XElement attachment)
    {
        var meta = attachment.Elements().Where(e => e.Name.LocalName == "postmeta")
            .DistinctBy(m => Text(m, "meta_key")).ToDictionary(m => Text(m, "meta_key"), m => Text(m, "meta_value"));
        var file = meta.GetValueOrDefault("_wp_attached_file").TrimToNull() ?? Text(attachment, "attachment_url");
        return new ImportedImage(file, meta.GetValueOrDefault("_wp_attachment_image_alt").TrimToNull() ?? ((string?)attachment.Element("title")).TrimToNull(),
            Content(attachment, WpNsPrefix + "1.2/excerpt/").TrimToNull());
    }

    private static List<string> Terms(XElement item, string domain) =>
        item.Elements("category").Where(c => (string?)c.Attribute("domain") == domain)
            .Select(c => (string?)c.Attribute("nicename") ?? "").Where(s => s.Length > 0).Distinct().ToList();

    /// <summary>The path of an address on the old site (its query kept), or null when it is elsewhere.</summary>
    private static string? PathOf(string? url, string site)
    {
        if (!Uri.TryCreate(url?.Trim(), UriKind.Absolute, out var uri)) return null;
        if (site.Length > 0 && Uri.TryCreate(site, UriKind.Absolute, out var root) && !string.Equals(root.Host, uri.Host, StringComparison.OrdinalIgnoreCase)) return null;
        var path = uri.AbsolutePath.Length > 1 ? uri.AbsolutePath.TrimEnd('/') : uri.AbsolutePath;
        return path + uri.Query;
    }

    /// <summary>
    /// How far the old site's clock was ahead of UTC, read from the posts that carry both dates (the most common
    /// difference, so a summer-time hour does not decide it). WordPress leaves <c>post_date_gmt</c> empty on drafts and
    /// pending posts; their local <c>post_date</c> is moved by this rather than read as UTC. Zero when no post says.
    /// </summary>
    private static TimeSpan SiteOffset(List<(XElement Element, int Line)> items) => items
        .Select(i => (Local: Date(i.Element, "post_date", i.Line), Gmt: Date(i.Element, "post_date_gmt", i.Line)))
        .Where(d => d.Local is not null && d.Gmt is not null)
        .GroupBy(d => TimeSpan.FromMinutes(Math.Round((d.Local!.Value - d.Gmt!.Value).TotalMinutes)))
        .OrderByDescending(g => g.Count()).ThenBy(g => g.Key).Select(g => g.Key).FirstOrDefault();

    private static DateTime? Date(XElement item, string name, int line)
    {
        var text = Text(item, name);
        if (text.Length == 0 || text.StartsWith("0000-00-00")) return null;
        return DateTime.TryParseExact(text, "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var date)
            ? date
            : throw ImportFileException.At($"line {line}", $"<wp:{name}> \"{text}\" is not a date (WordPress writes YYYY-MM-DD HH:MM:SS).");
    }

    private static string Content(XElement item, string ns) => (string?)item.Element(XName.Get("encoded", ns)) ?? "";

    /// <summary>A <c>wp:</c> child's text, whichever WXR version's namespace it is in.</summary>
    private static string Text(XElement parent, string name) =>
        parent.Elements().FirstOrDefault(e => e.Name.LocalName == name && e.Name.NamespaceName.StartsWith(WpNsPrefix))?.Value.Trim() ?? "";

    private static string Required(XElement parent, string name, int line) =>
        Text(parent, name) is { Length: > 0 } value ? value
            : throw ImportFileException.At($"line {line}", $"<{parent.Name.LocalName}> has no <wp:{name}>; the file is not a complete WordPress export.");
}
