using System.Net;
using Fandom.Data.Entities;
using Fandom.Tests.Support;
using Fandom.Web.Services.Media;
using Microsoft.EntityFrameworkCore;
using SkiaSharp;

namespace Fandom.Tests.Areas.Editorial;

/// <summary>The library as editors use it: heroes and embeds on reader pages, edits that reach them, deletes that respect them.</summary>
public abstract class MediaLibraryTests(FandomApp app)
{
    private static UploadFile Png(string name, int width = 1000, int height = 600) =>
        new(name, TestImages.Encode(width, height, SKEncodedImageFormat.Png), "image/png");

    /// <summary>A published article with <paramref name="hero"/> as hero and <paramref name="embedded"/> in its body, saved through the editor form.</summary>
    private async Task<ArticleRef> ArticleUsingAsync(BrowserSession editor, MediaItem hero, MediaItem embedded, string title, string? heroAlt = null)
    {
        var article = await app.ArticleAsync(title);
        var form = await editor.GetAsync($"/editorial/articles/{article.Id}");
        var saved = await editor.SubmitAsync(form, "form.editor-form", new()
        {
            ["Body"] = $"The opening paragraph.\n\n{{{{image {embedded.Id}}}}}\n\nThe closing paragraph.",
            ["HeroMediaId"] = hero.Id.ToString(),
            ["HeroCaption"] = "Caption written for this story",
            ["HeroAltText"] = heroAlt ?? "",
        }, button: "Publish");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        return article;
    }

    [Fact]
    public async Task The_editors_media_picker_finds_images_by_their_words_with_a_thumbnail()
    {
        using var author = await app.SignInAsNewAsync(Roles.Author);
        var key = Guid.NewGuid().ToString("N")[..8];
        var item = await app.UploadOneAsync(author, Png("picker.png", 1200, 600), $"Lanterns over the harbour {key}");
        var response = await author.Client.GetAsync($"/editorial/media/picker?q={key}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var found = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.EnumerateArray().ToList();
        var pick = Assert.Single(found);
        Assert.Equal(item.Id, pick.GetProperty("id").GetInt32());
        Assert.Equal($"Lanterns over the harbour {key}", pick.GetProperty("altText").GetString());
        Assert.Matches(@"^/media/.+-480w\.webp$", pick.GetProperty("thumbnailUrl").GetString());
        Assert.Equal((1200, 600), (pick.GetProperty("width").GetInt32(), pick.GetProperty("height").GetInt32()));
        Assert.Equal(HttpStatusCode.Redirect, (await app.Reader().GetAsync("/editorial/media/picker")).StatusCode);
    }

    [Fact]
    public async Task A_published_article_shows_its_hero_and_embedded_figures_with_credits_sizes_and_dimensions()
    {
        using var editor = await app.SignInAsNewAsync(Roles.Editor);
        var hero = await app.UploadOneAsync(editor, Png("hero.png", 2000, 1000), "Two hands in blue gloves", "Library caption", "Northlight");
        var inline = await app.UploadOneAsync(editor, Png("inline.png", 800, 450), "A lantern-lit market", "The night market", "Fandom Studio");
        var article = await ArticleUsingAsync(editor, hero, inline, "The ballroom scene, frame by frame", heroAlt: "The gloves, up close");

        var page = await new BrowserSession(app.Reader()).GetAsync(article.Url);

        var heroFigure = page.QuerySelector("article > figure.image-hero")!;
        var heroImg = heroFigure.QuerySelector("img")!;
        Assert.Equal("The gloves, up close", heroImg.GetAttribute("alt"));
        Assert.Equal(("2000", "1000"), (heroImg.GetAttribute("width"), heroImg.GetAttribute("height")));
        Assert.Null(heroImg.GetAttribute("loading"));
        Assert.Contains("-480w.png 480w", heroImg.GetAttribute("srcset"));
        Assert.Contains("-1600w.webp 1600w", heroFigure.QuerySelector("source[type='image/webp']")!.GetAttribute("srcset"));
        Assert.Equal("Caption written for this story cr. Northlight", heroFigure.QuerySelector("figcaption")!.TextContent);

        var bodyFigure = page.QuerySelector(".article-body figure.image")!;
        var bodyImg = bodyFigure.QuerySelector("img")!;
        Assert.Equal("lazy", bodyImg.GetAttribute("loading"));
        Assert.Equal(("800", "450"), (bodyImg.GetAttribute("width"), bodyImg.GetAttribute("height")));
        Assert.NotNull(bodyImg.GetAttribute("sizes"));
        Assert.Equal("cr. Fandom Studio", bodyFigure.QuerySelector(".credit")!.TextContent);
        Assert.Equal("The night market cr. Fandom Studio", bodyFigure.QuerySelector("figcaption")!.TextContent);
    }

    [Fact]
    public async Task Deleting_an_image_in_use_is_refused_with_the_articles_that_use_it()
    {
        using var editor = await app.SignInAsNewAsync(Roles.Editor);
        var hero = await app.UploadOneAsync(editor, Png("used-hero.png"));
        var inline = await app.UploadOneAsync(editor, Png("used-inline.png"));
        await ArticleUsingAsync(editor, hero, inline, "Where the lanterns went");

        foreach (var item in new[] { hero, inline })
        {
            var edit = await editor.GetAsync($"/editorial/media/{item.Id}");
            var refused = await editor.SubmitAsync(edit, "form.delete-form");

            Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
            var page = await BrowserSession.ParseAsync(refused);
            Assert.Contains("cannot be deleted", page.QuerySelector(".delete-refused")!.TextContent);
            Assert.Equal(["Where the lanterns went"], page.QuerySelectorAll(".media-use-list a").Select(a => a.TextContent));
            Assert.True(await app.WithDbAsync(db => db.MediaItems.AnyAsync(m => m.Id == item.Id)));
            Assert.All(MediaService.FileKeys(item), key => Assert.Contains(key, app.StoredKeys()));
        }
    }

    [Fact]
    public async Task Deleting_an_unused_image_removes_its_row_and_every_derived_file()
    {
        using var editor = await app.SignInAsNewAsync(Roles.Editor);
        var item = await app.UploadOneAsync(editor, new UploadFile("wide.jpg", TestImages.Encode(1800, 900, SKEncodedImageFormat.Jpeg)));
        var stem = Path.ChangeExtension(item.StorageKey, null);
        // Original, full-size WebP, and 480/960/1600 in JPEG and WebP.
        Assert.Equal(8, app.StoredKeys().Count(k => k.StartsWith(stem)));

        var edit = await editor.GetAsync($"/editorial/media/{item.Id}");
        var deleted = await editor.SubmitAsync(edit, "form.delete-form");

        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.DoesNotContain(app.StoredKeys(), k => k.StartsWith(stem));
        Assert.False(await app.WithDbAsync(db => db.MediaItems.AnyAsync(m => m.Id == item.Id)));
        Assert.Equal(HttpStatusCode.NotFound, (await app.Reader().GetAsync(Fandom.Web.Content.MediaUrls.Original(item.StorageKey))).StatusCode);
    }

    [Fact]
    public async Task An_image_taken_out_of_an_article_body_can_be_deleted()
    {
        using var editor = await app.SignInAsNewAsync(Roles.Editor);
        var hero = await app.UploadOneAsync(editor, Png("kept.png"));
        var inline = await app.UploadOneAsync(editor, Png("removed.png"));
        var article = await ArticleUsingAsync(editor, hero, inline, "An article that changes its mind");

        var form = await editor.GetAsync($"/editorial/articles/{article.Id}");
        await editor.SubmitAsync(form, "form.editor-form", new() { ["Body"] = "No pictures in here any more." });
        var edit = await editor.GetAsync($"/editorial/media/{inline.Id}");
        var deleted = await editor.SubmitAsync(edit, "form.delete-form");

        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
    }

    [Fact]
    public async Task Editing_the_credit_reaches_every_article_that_embeds_the_image()
    {
        using var editor = await app.SignInAsNewAsync(Roles.Editor);
        var hero = await app.UploadOneAsync(editor, Png("credit-hero.png"), credit: "Old Hero Credit");
        var inline = await app.UploadOneAsync(editor, Png("credit-inline.png"), credit: "Old Credit");
        var article = await ArticleUsingAsync(editor, hero, inline, "Credits where due");
        var reader = new BrowserSession(app.Reader());
        Assert.Equal("cr. Old Credit", (await reader.GetAsync(article.Url)).QuerySelector(".article-body .credit")!.TextContent);

        foreach (var (item, credit) in new[] { (inline, "Northlight Pictures"), (hero, "Harbour Films") })
        {
            var edit = await editor.GetAsync($"/editorial/media/{item.Id}");
            var saved = await editor.SubmitAsync(edit, "form.media-edit-form", new() { ["Credit"] = credit, ["AltText"] = "New alt" });
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }

        var page = await reader.GetAsync(article.Url);
        Assert.Equal("cr. Northlight Pictures", page.QuerySelector(".article-body .credit")!.TextContent);
        Assert.Equal("New alt", page.QuerySelector(".article-body img")!.GetAttribute("alt"));
        Assert.Equal("cr. Harbour Films", page.QuerySelector("figure.image-hero .credit")!.TextContent);
    }

    [Fact]
    public async Task The_library_finds_images_by_alt_text_caption_or_credit()
    {
        using var author = await app.SignInAsNewAsync(Roles.Author);
        await app.UploadOneAsync(author, Png("search-a.png", 300, 200), "Zebra crossing at dusk");
        await app.UploadOneAsync(author, Png("search-b.png", 300, 200), "Harbour at dawn", credit: "Quokka Press");

        var byAlt = await author.GetAsync("/editorial/media?q=zebra");
        var byCredit = await author.GetAsync("/editorial/media?q=QUOKKA");

        Assert.Equal(["Zebra crossing at dusk"], byAlt.QuerySelectorAll(".media-alt").Select(a => a.TextContent));
        Assert.Equal(["Harbour at dawn"], byCredit.QuerySelectorAll(".media-alt").Select(a => a.TextContent));
    }

    [Fact]
    public async Task Authors_upload_and_describe_images_but_only_editors_delete_them()
    {
        using var author = await app.SignInAsNewAsync(Roles.Author);
        var item = await app.UploadOneAsync(author, Png("author.png", 300, 200));
        var edit = await author.GetAsync($"/editorial/media/{item.Id}");
        Assert.Null(edit.QuerySelector("form.delete-form"));

        var token = edit.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var response = await author.Client.PostAsync($"/editorial/media/{item.Id}/delete",
            new FormUrlEncodedContent([new("__RequestVerificationToken", token)]));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.True(await app.WithDbAsync(db => db.MediaItems.AnyAsync(m => m.Id == item.Id)));
    }

    [Fact]
    public async Task Media_files_are_served_with_immutable_cache_headers_and_nothing_outside_the_media_folder()
    {
        using var author = await app.SignInAsNewAsync(Roles.Author);
        var item = await app.UploadOneAsync(author, new UploadFile("served.jpg", TestImages.Encode(1000, 500, SKEncodedImageFormat.Jpeg)));
        var reader = app.Reader();

        foreach (var (url, type) in new[]
        {
            (Fandom.Web.Content.MediaUrls.Original(item.StorageKey), "image/jpeg"),
            (Fandom.Web.Content.MediaUrls.Derived(item.StorageKey, 480, "webp"), "image/webp"),
        })
        {
            var response = await reader.GetAsync(url);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(type, response.Content.Headers.ContentType!.MediaType);
            Assert.Equal("public, max-age=31536000, immutable", response.Headers.CacheControl!.ToString());
            Assert.Equal("nosniff", string.Join(",", response.Headers.GetValues("X-Content-Type-Options")));
        }
        foreach (var hostile in new[] { "/media/..%2F..%2Fappsettings.json", "/media/%2e%2e/%2e%2e/appsettings.json",
                     "/media/2026/01/missing.jpg", "/media/" + Path.ChangeExtension(item.StorageKey, ".svg"), "/media/" })
            Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync(hostile)).StatusCode);
    }
}

public sealed class MediaLibraryTestsOnSqlite(SqliteApp app) : MediaLibraryTests(app), IClassFixture<SqliteApp>;

public sealed class MediaLibraryTestsOnPostgres(PostgresApp app) : MediaLibraryTests(app), IClassFixture<PostgresApp>;
