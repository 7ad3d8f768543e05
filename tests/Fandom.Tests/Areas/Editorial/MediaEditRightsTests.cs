using System.Net;
using Fandom.Data.Entities;
using Fandom.Tests.Support;
using Microsoft.EntityFrameworkCore;
using SkiaSharp;

namespace Fandom.Tests.Areas.Editorial;

/// <summary>
/// Who may change an image's text and credit: the same people who may edit every article that shows it. An editor may;
/// an author only for an image they uploaded that no one else's and no published article shows.
/// </summary>
public abstract class MediaEditRightsTests(FandomApp app)
{
    private async Task<MediaItem> UploadAsync(BrowserSession uploader) =>
        await app.UploadOneAsync(uploader, new UploadFile($"rights-{Guid.NewGuid():N}.png", TestImages.Encode(400, 300, SKEncodedImageFormat.Png), "image/png"),
            "Original alt", credit: "Original credit");

    private Task<int> ShowAsHeroAsync(ArticleRef article, MediaItem item) => app.WithDbAsync(db =>
        db.Articles.Where(a => a.Id == article.Id).ExecuteUpdateAsync(s => s.SetProperty(a => a.HeroMediaId, item.Id)));

    private static async Task<HttpResponseMessage> SaveAsync(BrowserSession session, MediaItem item, string credit = "Changed credit", string? creditUrl = null)
    {
        // The token comes from a page the user may open, so a refused edit is refused by its rule, not by antiforgery.
        var library = await session.GetAsync("/editorial/media");
        var token = library.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        return await session.Client.PostAsync($"/editorial/media/{item.Id}", new FormUrlEncodedContent(
            [new("__RequestVerificationToken", token), new("AltText", "Changed alt"), new("Credit", credit), new("CreditUrl", creditUrl ?? "")]));
    }

    private static async Task<bool> LibraryLinksToAsync(BrowserSession session, MediaItem item) =>
        (await session.GetAsync("/editorial/media")).QuerySelectorAll($"a[href='/editorial/media/{item.Id}']").Length > 0;

    [Fact]
    public async Task An_author_cannot_edit_an_image_another_author_uploaded()
    {
        using var owner = await app.SignInAsNewAsync(Roles.Author);
        using var other = await app.SignInAsNewAsync(Roles.Author);
        var item = await UploadAsync(owner);

        Assert.Equal(HttpStatusCode.Forbidden, (await other.Client.GetAsync($"/editorial/media/{item.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await SaveAsync(other, item)).StatusCode);
        Assert.Equal("Original credit", await app.WithDbAsync(db => db.MediaItems.Where(m => m.Id == item.Id).Select(m => m.Credit).SingleAsync()));
        Assert.False(await LibraryLinksToAsync(other, item));
        Assert.True(await LibraryLinksToAsync(owner, item));
    }

    [Fact]
    public async Task An_author_cannot_edit_their_own_image_once_a_published_article_shows_it()
    {
        var owner = await app.CreateStaffAsync(Roles.Author);
        using var session = await app.SignInAsync(owner);
        var item = await UploadAsync(session);
        var someoneElses = await app.ArticleAsync("Someone else's published story");
        await ShowAsHeroAsync(someoneElses, item);

        Assert.Equal(HttpStatusCode.Forbidden, (await session.Client.GetAsync($"/editorial/media/{item.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await SaveAsync(session, item)).StatusCode);
        Assert.False(await LibraryLinksToAsync(session, item));

        var own = await UploadAsync(session);
        await ShowAsHeroAsync(await app.ArticleAsync("Their own published story", author: owner), own);
        Assert.Equal(HttpStatusCode.Forbidden, (await SaveAsync(session, own)).StatusCode);
    }

    [Fact]
    public async Task An_author_edits_their_own_image_while_only_their_unpublished_articles_show_it()
    {
        var owner = await app.CreateStaffAsync(Roles.Author);
        using var session = await app.SignInAsync(owner);
        var item = await UploadAsync(session);
        Assert.Equal(HttpStatusCode.OK, (await session.Client.GetAsync($"/editorial/media/{item.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await SaveAsync(session, item, "Unused credit")).StatusCode);

        await ShowAsHeroAsync(await app.ArticleAsync("Their draft", author: owner, status: ArticleStatus.Draft), item);
        await ShowAsHeroAsync(await app.ArticleAsync("Their story in review", author: owner, status: ArticleStatus.InReview), item);
        Assert.Equal(HttpStatusCode.Redirect, (await SaveAsync(session, item, "Draft credit")).StatusCode);
        Assert.Equal("Draft credit", await app.WithDbAsync(db => db.MediaItems.Where(m => m.Id == item.Id).Select(m => m.Credit).SingleAsync()));
    }

    [Fact]
    public async Task An_editor_edits_any_image()
    {
        using var author = await app.SignInAsNewAsync(Roles.Author);
        using var editor = await app.SignInAsNewAsync(Roles.Editor);
        var item = await UploadAsync(author);
        await ShowAsHeroAsync(await app.ArticleAsync("A published story"), item);

        Assert.Equal(HttpStatusCode.OK, (await editor.Client.GetAsync($"/editorial/media/{item.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await SaveAsync(editor, item, "Editor's credit")).StatusCode);
        Assert.True(await LibraryLinksToAsync(editor, item));
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("data:text/html,<script>alert(1)</script>")]
    [InlineData("ftp://files.example/photo")]
    [InlineData("//evil.example/photo")]
    public async Task A_credit_link_that_is_not_a_web_address_is_refused_with_the_text_kept(string creditUrl)
    {
        using var author = await app.SignInAsNewAsync(Roles.Author);
        var item = await UploadAsync(author);
        var edit = await author.GetAsync($"/editorial/media/{item.Id}");
        var response = await author.SubmitAsync(edit, "form.media-edit-form", new() { ["Credit"] = "Kept credit", ["CreditUrl"] = creditUrl });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var again = await BrowserSession.ParseAsync(response);
        Assert.Equal("Enter a full web address, starting with https:// or http://.", again.QuerySelector("[data-valmsg-for=CreditUrl]")!.TextContent.Trim());
        Assert.Equal(creditUrl, again.QuerySelector("input#CreditUrl")!.GetAttribute("value"));
        Assert.Equal("Kept credit", again.QuerySelector("input#Credit")!.GetAttribute("value"));
        Assert.Null(await app.WithDbAsync(db => db.MediaItems.Where(m => m.Id == item.Id).Select(m => m.CreditUrl).SingleAsync()));
    }

    [Fact]
    public async Task A_credit_link_renders_as_nofollow_noopener()
    {
        using var editor = await app.SignInAsNewAsync(Roles.Editor);
        var item = await UploadAsync(editor);
        var article = await app.ArticleAsync("A credited story", body: $"Before.\n\n{{{{image {item.Id}}}}}\n\nAfter.");
        Assert.Equal(HttpStatusCode.Redirect, (await SaveAsync(editor, item, "Harbour Films", "https://harbour.example/stills")).StatusCode);

        var link = (await new BrowserSession(app.Reader()).GetAsync(article.Url)).QuerySelector(".article-body .credit a")!;
        Assert.Equal("https://harbour.example/stills", link.GetAttribute("href"));
        Assert.Equal("nofollow noopener", link.GetAttribute("rel"));
    }
}

public sealed class MediaEditRightsTestsOnSqlite(SqliteApp app) : MediaEditRightsTests(app), IClassFixture<SqliteApp>;

public sealed class MediaEditRightsTestsOnPostgres(PostgresApp app) : MediaEditRightsTests(app), IClassFixture<PostgresApp>;
