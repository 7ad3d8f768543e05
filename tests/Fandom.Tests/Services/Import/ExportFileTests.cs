using Fandom.Web.Services.Import;

namespace Fandom.Tests.Services.Import;

/// <summary>A file that is not a complete export is refused with where it went wrong, before anything is imported.</summary>
public sealed class ExportFileTests
{
    private static string Refusal(Func<Stream, ImportedSite> read, string text) =>
        Assert.Throws<ImportFileException>(() => read(ImportFixtures.Stream(text))).Message;

    [Theory]
    [InlineData("just some text", "line 1")]
    [InlineData("<html><body>Not an export</body></html>", "this is not a WordPress export")]
    [InlineData("<rss version=\"2.0\"><channel><title>A feed</title></channel></rss>", "no <wp:wxr_version>")]
    [InlineData("<rss xmlns:wp=\"http://wordpress.org/export/1.2/\"><channel><wp:wxr_version>1.2</wp:wxr_version>\n<item><title>x</title>\n</channel></rss>", "line 3")]
    [InlineData("<rss xmlns:wp=\"http://wordpress.org/export/1.2/\"><channel><wp:wxr_version>1.2</wp:wxr_version>\n<item><title>x</title><wp:post_type>post</wp:post_type></item></channel></rss>", "line 2: <item> has no <wp:post_id>")]
    [InlineData("<rss xmlns:wp=\"http://wordpress.org/export/1.2/\"><channel><wp:wxr_version>1.2</wp:wxr_version>\n\n<item><wp:post_id>1</wp:post_id><wp:post_type>post</wp:post_type><wp:post_date_gmt>yesterday</wp:post_date_gmt></item></channel></rss>", "line 3: <wp:post_date_gmt> \"yesterday\" is not a date")]
    public void A_bad_WordPress_file_names_its_line(string text, string expected) =>
        Assert.Contains(expected, Refusal(WordPressReader.Read, text));

    [Theory]
    [InlineData("<rss>", "line 1")]
    [InlineData("{\"db\": [{\"meta\": {}, \"data\": {\"posts\": [", "line 1")]
    [InlineData("{\n\"db\": [{\"meta\": {}, \"data\": {\"posts\": [}]}\n", "line 2")]
    [InlineData("{\"posts\": []}", "$: has no \"data\" object")]
    [InlineData("{\"db\": [{\"data\": {\"tags\": []}}]}", "$.db[0].data: has no \"posts\" list")]
    [InlineData("{\"db\": [{\"data\": {\"posts\": [{\"id\": \"1\", \"title\": \"No slug\"}]}}]}", "$.db[0].data.posts[0]: has no \"slug\"")]
    [InlineData("{\"db\": [{\"data\": {\"posts\": [{\"id\": \"1\", \"slug\": \"a\", \"published_at\": \"soon\"}]}}]}", "$.db[0].data.posts[0].published_at: \"soon\" is not a date")]
    public void A_bad_Ghost_file_names_its_line_or_path(string text, string expected) =>
        Assert.Contains(expected, Refusal(GhostReader.Read, text));
}

/// <summary>How the WordPress reader maps what the fixture export does not show.</summary>
public sealed class WordPressReaderTests
{
    private const string Channel = "<rss xmlns:wp=\"http://wordpress.org/export/1.2/\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><channel><wp:wxr_version>1.2</wp:wxr_version>";

    [Fact]
    public void A_password_protected_post_comes_in_as_a_draft_and_gets_no_redirects()
    {
        var site = WordPressReader.Read(ImportFixtures.Stream(Channel +
            "<item><title>Members only</title><wp:post_id>7</wp:post_id><wp:post_type>post</wp:post_type><wp:status>publish</wp:status>" +
            "<wp:post_name>members</wp:post_name><wp:post_password>secret</wp:post_password><content:encoded>Hidden.</content:encoded></item></channel></rss>"));
        var post = Assert.Single(site.Posts);
        Assert.Equal(Fandom.Data.Entities.ArticleStatus.Draft, post.Status);
        Assert.Equal("publish, password-protected", post.SourceStatus);
        Assert.Empty(post.OldPaths);
    }

    [Fact]
    public void A_draft_without_a_UTC_date_is_moved_by_the_old_sites_offset_rather_than_read_as_UTC()
    {
        // Two posts say the site ran an hour ahead of UTC (one in summer time says two: the most common difference wins).
        static string Item(int id, string status, string local, string gmt) =>
            $"<item><title>Post {id}</title><wp:post_id>{id}</wp:post_id><wp:post_type>post</wp:post_type><wp:status>{status}</wp:status>" +
            $"<wp:post_name>post-{id}</wp:post_name><wp:post_date>{local}</wp:post_date><wp:post_date_gmt>{gmt}</wp:post_date_gmt>" +
            "<content:encoded>Text.</content:encoded></item>";
        var site = WordPressReader.Read(ImportFixtures.Stream(Channel +
            Item(1, "publish", "2026-01-05 10:00:00", "2026-01-05 09:00:00") +
            Item(2, "publish", "2026-02-05 10:00:00", "2026-02-05 09:00:00") +
            Item(3, "publish", "2026-07-05 10:00:00", "2026-07-05 08:00:00") +
            Item(4, "draft", "2026-03-10 12:30:00", "0000-00-00 00:00:00") + "</channel></rss>"));
        var draft = Assert.Single(site.Posts, p => p.Slug == "post-4");
        Assert.Equal(new DateTime(2026, 3, 10, 11, 30, 0, DateTimeKind.Utc), draft.CreatedAtUtc);
    }

    [Fact]
    public void Repeated_ids_slugs_and_meta_keys_keep_the_first_rather_than_stopping_the_import()
    {
        const string Attachment = "<item><title>Poster</title><wp:post_id>50</wp:post_id><wp:post_type>attachment</wp:post_type>" +
            "<wp:postmeta><wp:meta_key>_wp_attached_file</wp:meta_key><wp:meta_value>2026/05/poster.png</wp:meta_value></wp:postmeta>" +
            "<wp:postmeta><wp:meta_key>_wp_attached_file</wp:meta_key><wp:meta_value>2026/05/other.png</wp:meta_value></wp:postmeta></item>";
        var site = WordPressReader.Read(ImportFixtures.Stream(Channel +
            "<wp:category><wp:term_id>1</wp:term_id><wp:category_nicename>news</wp:category_nicename><wp:cat_name>News</wp:cat_name></wp:category>" +
            "<wp:category><wp:term_id>2</wp:term_id><wp:category_nicename>news</wp:category_nicename><wp:cat_name>News again</wp:cat_name></wp:category>" +
            Attachment + Attachment.Replace("Poster", "Copy") +
            "<item><title>Story</title><wp:post_id>7</wp:post_id><wp:post_type>post</wp:post_type><wp:status>publish</wp:status>" +
            "<wp:post_name>story</wp:post_name><wp:post_date_gmt>2026-05-01 09:00:00</wp:post_date_gmt>" +
            "<wp:postmeta><wp:meta_key>_thumbnail_id</wp:meta_key><wp:meta_value>50</wp:meta_value></wp:postmeta>" +
            "<content:encoded>Text.</content:encoded></item></channel></rss>"));
        Assert.Equal("News", Assert.Single(site.Categories, c => c.Slug == "news").Name);
        Assert.Equal("2026/05/poster.png", Assert.Single(site.Posts).FeaturedImage?.Source);
    }
}
