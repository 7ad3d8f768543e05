using Fandom.Data.Entities;
using Fandom.Tests.Support;
using Fandom.Web.Content;
using Fandom.Web.Services;
using Fandom.Web.Services.Editorial;
using Microsoft.EntityFrameworkCore;

namespace Fandom.Tests.Services;

/// <summary>Spoilers stay hidden everywhere but the article body, where they are collapsed.</summary>
public abstract class SpoilerTests(FandomApp app)
{
    private const string Secret = "Tess renames the boat Marisol";

    private static readonly string Body =
        $"Season two is the best-acted drama on television.\n\n:::spoiler Season 2 finale\n{Secret} and they sail at dawn.\n:::\n\nStreaming now on Northlight.";

    [Fact]
    public async Task Spoiler_text_stays_out_of_the_excerpt_descriptions_and_search_text()
    {
        var author = await app.CreateStaffAsync(Roles.Editor);
        var actor = new Actor(author.Id, author.DisplayName);
        var id = await app.WithServiceAsync<EditorialService, int>(async editorial =>
        {
            var created = await editorial.CreateAsync(QuoteLibraryTests.Draft($"Saltwater Saints finale {Guid.NewGuid():N}", Body), actor);
            var stamp = (await editorial.EditableAsync(created))!.ConcurrencyStamp;
            await editorial.SaveAsync(created, QuoteLibraryTests.Draft((await editorial.EditableAsync(created))!.Title, Body) with { ConcurrencyStamp = stamp },
                ArticleTransition.Publish, actor);
            return created;
        });
        var stored = await app.WithDbAsync(db => db.Articles.Where(a => a.Id == id).Select(a => new { a.Slug, a.Excerpt, a.SearchText, a.BodyHtml }).SingleAsync());

        Assert.Contains(Secret, stored.BodyHtml);
        Assert.Contains("Streaming now on Northlight", stored.Excerpt);
        Assert.DoesNotContain(Secret, stored.Excerpt);
        Assert.DoesNotContain(Secret, stored.SearchText);

        var page = await new BrowserSession(app.Reader()).GetAsync($"/articles/{stored.Slug}");
        Assert.Equal(Secret + " and they sail at dawn.", page.QuerySelector(".article-body details.spoiler p")!.TextContent);
        Assert.Null(page.QuerySelector(".article-body details.spoiler")!.GetAttribute("open"));
        foreach (var selector in new[] { "meta[name=description]", "meta[property='og:description']", "meta[name='twitter:description']" })
        {
            var content = page.QuerySelector(selector)!.GetAttribute("content")!;
            Assert.Contains("best-acted drama", content);
            Assert.DoesNotContain(Secret, content);
        }
    }

    [Fact]
    public void The_feed_version_replaces_each_spoiler_with_a_notice()
    {
        var rendered = new ContentRenderer().Render(Body + "\n\n{{video https://youtu.be/Lc7ntRnQx2k}}");
        Assert.DoesNotContain(Secret, rendered.FeedHtml);
        Assert.DoesNotContain("<details", rendered.FeedHtml);
        Assert.DoesNotContain("<button", rendered.FeedHtml);
        Assert.Contains($"<p class=\"spoiler-notice\"><em>{ContentRenderer.SpoilerNotice}</em></p>", rendered.FeedHtml);
        Assert.Contains("<p class=\"video-link\"><a href=\"https://www.youtube.com/watch?v=Lc7ntRnQx2k\">Watch on YouTube</a></p>", rendered.FeedHtml);
        Assert.Equal(rendered.FeedHtml, new ContentRenderer().FeedHtml(rendered.Html));
        Assert.DoesNotContain(Secret, rendered.PlainText);
        Assert.DoesNotContain("spoiler is hidden", rendered.PlainText);
        Assert.DoesNotContain("Play video", rendered.PlainText);
    }
}

public sealed class SpoilerTestsOnSqlite(SqliteApp app) : SpoilerTests(app), IClassFixture<SqliteApp>;

public sealed class SpoilerTestsOnPostgres(PostgresApp app) : SpoilerTests(app), IClassFixture<PostgresApp>;
