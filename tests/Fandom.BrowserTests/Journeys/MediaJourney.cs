using Fandom.BrowserTests.Infrastructure;
using Fandom.BrowserTests.Pages;
using Microsoft.Playwright;
using SkiaSharp;

namespace Fandom.BrowserTests.Journeys;

/// <summary>An editor illustrates a story: uploads two credited images, one as hero, one in the body, and readers see both load.</summary>
public sealed class MediaJourney(LiveSite site, Chromium chromium) : IClassFixture<LiveSite>, IClassFixture<Chromium>
{
    [Fact]
    public async Task Editor_uploads_images_sets_a_hero_embeds_another_and_readers_see_both_with_credits()
    {
        var (email, password) = await site.CreateStaffAsync("Editor", "Ines Editor");
        await using var staff = await chromium.NewTabAsync(site.BaseUrl);
        await using var reader = await chromium.NewTabAsync(site.BaseUrl, width: 1280, height: 900);
        await Screenshot.OnFailureAsync(staff, async () =>
        {
            var page = staff.Page;
            await new SignInPage(page).SignInAsync(email, password);

            var library = new MediaLibraryPage(page);
            await library.OpenAsync();
            var heroId = await library.UploadAsync(Png("gloves.png", 1800, 1000, SKColors.MidnightBlue, SKColors.DeepSkyBlue),
                "Two hands in blue gloves", "The ballroom, lit by candles.", "Northlight");
            await staff.ScreenshotAsync("media-uploaded");
            await library.OpenAsync();
            var inlineId = await library.DropAsync(Png("market.png", 1200, 800, SKColors.DarkOrange, SKColors.Crimson),
                "Lanterns over the night market", "The night market set.", "Fandom Studio");
            await library.OpenAsync();
            var tiles = await library.Tiles.CountAsync();
            // Uploads held back a little, so the progress bar can be seen while the files go up.
            await page.RouteAsync("**/editorial/media", async route =>
            {
                if (route.Request.Method == "POST") await Task.Delay(400);
                await route.ContinueAsync();
            });
            await library.UploadSeveralAsync(
            [
                Png("set-1.png", 900, 600, SKColors.Teal, SKColors.Gold),
                Png("set-2.png", 900, 600, SKColors.Purple, SKColors.HotPink),
            ], "Behind the scenes on the ballroom set");
            await Assertions.Expect(library.Progress).ToBeVisibleAsync();
            // Both files go up one after the other, each decoded and resized: allow a busy machine its time.
            await Assertions.Expect(library.Tiles).ToHaveCountAsync(tiles + 2, new() { Timeout = 30_000 });
            await page.UnrouteAllAsync();
            await staff.ScreenshotAsync("media-library");

            var editor = new ArticleEditorPage(page);
            await editor.OpenNewAsync();
            await editor.WriteAsync("Inside the Lantern Court ballroom", "How the candlelit set was built.",
                $"The set took eleven weeks to build.\n\n{{{{image {inlineId}}}}}\n\nEvery candle is real.", "Adaptations", "The Lantern Court");
            await page.GetByLabel("Hero image", new() { Exact = true }).SelectOptionAsync(heroId.ToString());
            await Assertions.Expect(page.Locator("img[data-hero-preview]")).ToBeVisibleAsync();
            await page.GetByLabel("Hero image", new() { Exact = true }).ScrollIntoViewIfNeededAsync();
            await staff.ScreenshotAsync("editor-hero-picker");
            await editor.ClickAsync("Save draft");
            Assert.Equal("Draft saved.", await editor.StatusMessageAsync());
            await editor.ClickAsync("Publish");
            Assert.Equal("Published.", await editor.StatusMessageAsync());
            var articleUrl = await page.GetByRole(AriaRole.Link, new() { Name = "View on site" }).GetAttributeAsync("href");

            await reader.Page.GotoAsync(articleUrl!);
            var figures = reader.Page.Locator("article figure.image");
            await Assertions.Expect(figures).ToHaveCountAsync(2);
            await Assertions.Expect(figures.Nth(0).Locator(".credit")).ToHaveTextAsync("cr. Northlight");
            await Assertions.Expect(figures.Nth(0).Locator("figcaption")).ToContainTextAsync("The ballroom, lit by candles.");
            await Assertions.Expect(figures.Nth(1).Locator(".credit")).ToHaveTextAsync("cr. Fandom Studio");
            for (var i = 0; i < 2; i++)
            {
                var image = figures.Nth(i).Locator("img");
                await image.ScrollIntoViewIfNeededAsync();
                await reader.Page.WaitForFunctionAsync("img => img.complete && img.naturalWidth > 0", await image.ElementHandleAsync());
                var currentSrc = await image.EvaluateAsync<string>("img => img.currentSrc");
                Assert.Matches(@"/media/\d{4}/\d{2}/[0-9a-f]+-\d+w\.webp$", currentSrc);
                Assert.True(await image.EvaluateAsync<int>("img => img.naturalWidth") > 0);
            }
            await figures.Nth(0).ScrollIntoViewIfNeededAsync();
            await reader.ScreenshotAsync("article-with-hero-and-figure");

            // The hero cannot be deleted while the story uses it; the page says which story.
            await page.GotoAsync($"/editorial/media/{heroId}");
            await page.GetByText("Delete media", new() { Exact = true }).ClickAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Delete permanently" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("cannot be deleted while these articles use it");
            await Assertions.Expect(page.Locator(".media-use-list")).ToContainTextAsync("Inside the Lantern Court ballroom");
            await staff.ScreenshotAsync("media-delete-refused");

            // The demo newsroom's lead story opens with its poster, as a first run shows it.
            await reader.Page.GotoAsync("/articles/" + Fandom.Web.Content.Slugs.From(Fandom.Web.Data.Demo.DemoNewsroom.Articles[0].Title));
            await Assertions.Expect(reader.Page.Locator("article figure.image-hero .credit")).ToHaveTextAsync("cr. Fandom Studio");
            var demoFigure = reader.Page.Locator(".article-body figure.image img");
            await demoFigure.ScrollIntoViewIfNeededAsync();
            await reader.Page.WaitForFunctionAsync("img => img.complete && img.naturalWidth > 0", await demoFigure.ElementHandleAsync());
            await reader.ScreenshotAsync("demo-lead-story");

            Assert.Empty(staff.Errors);
            Assert.Empty(reader.Errors);
        });
    }

    internal static FilePayload Png(string name, int width, int height, SKColor from, SKColor to)
    {
        using var surface = SKSurface.Create(new SKImageInfo(width, height));
        using var paint = new SKPaint { IsAntialias = true };
        paint.Shader = SKShader.CreateLinearGradient(new SKPoint(0, 0), new SKPoint(width, height), [from, to], SKShaderTileMode.Clamp);
        surface.Canvas.DrawRect(0, 0, width, height, paint);
        paint.Shader = null;
        paint.Color = SKColors.White.WithAlpha(180);
        surface.Canvas.DrawCircle(width * 0.3f, height * 0.5f, height * 0.25f, paint);
        using var image = surface.Snapshot();
        using var data = image.Encode(SKEncodedImageFormat.Png, 100);
        return new FilePayload { Name = name, MimeType = "image/png", Buffer = data.ToArray() };
    }
}
