using System.Net;
using Fandom.Data.Entities;
using Fandom.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Fandom.Tests.Areas.Editorial;

/// <summary>A story published, scheduled or submitted from the screen it was written on, before any "Save draft".</summary>
public abstract class FirstScreenPublishingTests(FandomApp app)
{
    private static string[] Buttons(AngleSharp.Html.Dom.IHtmlDocument page) =>
        page.QuerySelectorAll("form.editor-form .form-actions button").Select(b => b.TextContent.Trim()).ToArray();

    [Fact]
    public async Task A_new_article_shows_the_publishing_fields_and_an_editor_gets_every_button()
    {
        using var editor = await app.SignInAsNewAsync(Roles.Editor);
        var page = await editor.GetAsync("/editorial/articles/new");
        foreach (var field in new[] { "Slug", "PublishAt", "UnpublishAt" })
            Assert.NotNull(page.QuerySelector($"details.field-group[open] #{field}"));
        Assert.Equal(["Save draft", "Submit for review", "Schedule", "Publish"], Buttons(page));
    }

    [Fact]
    public async Task An_author_may_submit_a_new_article_but_not_publish_or_schedule_it()
    {
        using var author = await app.SignInAsNewAsync(Roles.Author);
        var page = await author.GetAsync("/editorial/articles/new");
        Assert.Equal(["Save draft", "Submit for review"], Buttons(page));

        var title = $"Straight to the desk {Guid.NewGuid():N}";
        var token = page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        foreach (var refused in new[] { "publish", "schedule" })
        {
            var response = await author.Client.PostAsync($"/editorial/articles/new/{refused}", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Title"] = title, ["PublishAt"] = "2026-06-02T09:00:00", ["__RequestVerificationToken"] = token,
            }));
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        }
        Assert.False(await app.WithDbAsync(db => db.Articles.AnyAsync(a => a.Title == title)));

        var submitted = await author.SubmitAsync(page, "form.editor-form", new() { ["Title"] = title, ["Body"] = "Ready." }, button: "Submit for review");
        Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
        var article = await app.WithDbAsync(db => db.Articles.Include(a => a.Revisions).SingleAsync(a => a.Title == title));
        Assert.Equal(ArticleStatus.InReview, article.Status);
        Assert.Equal("Submitted for review.", (await author.GetAsync(submitted.Headers.Location!.OriginalString)).QuerySelector("[role=status]")!.TextContent.Trim());
        Assert.Equal(ArticleStatus.InReview, Assert.Single(article.Revisions).Status);
    }

    [Fact]
    public async Task An_editor_publishes_a_brand_new_article_in_one_step_and_readers_see_it()
    {
        using var editor = await app.SignInAsNewAsync(Roles.Editor);
        var title = $"Published from the first screen {Guid.NewGuid():N}";
        var published = await editor.SubmitAsync(await editor.GetAsync("/editorial/articles/new"), "form.editor-form",
            new() { ["Title"] = title, ["Body"] = "## Breaking\n\nIt is *out*." }, button: "Publish");
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        var page = await editor.GetAsync(published.Headers.Location!.OriginalString);
        Assert.Equal("Published.", page.QuerySelector("[role=status]")!.TextContent.Trim());

        var article = await app.WithDbAsync(db => db.Articles.Include(a => a.Revisions).SingleAsync(a => a.Title == title));
        Assert.Equal(ArticleStatus.Published, article.Status);
        Assert.Equal(app.Now(), article.PublishAtUtc);
        Assert.Equal(ArticleStatus.Published, Assert.Single(article.Revisions).Status);
        Assert.True(await app.WithDbAsync(db => db.AuditEvents.AnyAsync(e => e.Action == "article.publish" && e.TargetId == article.Id.ToString())));
        var reader = await new BrowserSession(app.Reader()).GetAsync($"/articles/{article.Slug}");
        Assert.Equal("out", reader.QuerySelector(".article-body em")!.TextContent);
    }

    [Fact]
    public async Task An_editor_schedules_a_brand_new_article_and_it_waits_for_its_time()
    {
        using var editor = await app.SignInAsNewAsync(Roles.Editor);
        var title = $"Scheduled from the first screen {Guid.NewGuid():N}";
        var inTwoHours = app.Now().AddHours(2);
        var scheduled = await editor.SubmitAsync(await editor.GetAsync("/editorial/articles/new"), "form.editor-form", new()
        {
            ["Title"] = title, ["Body"] = "Soon.",
            ["PublishAt"] = TimeZoneInfo.ConvertTimeFromUtc(inTwoHours, TimeZoneInfo.FindSystemTimeZoneById("Europe/London")).ToString("yyyy-MM-ddTHH:mm:ss"),
        }, button: "Schedule");
        Assert.Equal(HttpStatusCode.Redirect, scheduled.StatusCode);
        var page = await editor.GetAsync(scheduled.Headers.Location!.OriginalString);
        Assert.StartsWith("Scheduled: publishes", page.QuerySelector("[role=status]")!.TextContent.Trim());

        var article = await app.WithDbAsync(db => db.Articles.SingleAsync(a => a.Title == title));
        Assert.Equal((ArticleStatus.Published, inTwoHours), (article.Status, article.PublishAtUtc!.Value));
        Assert.Equal(HttpStatusCode.NotFound, (await app.Reader().GetAsync($"/articles/{article.Slug}")).StatusCode);
    }

    [Fact]
    public async Task Scheduling_a_new_article_without_a_future_time_keeps_the_text_and_creates_nothing()
    {
        using var editor = await app.SignInAsNewAsync(Roles.Editor);
        var title = $"Not yet scheduled {Guid.NewGuid():N}";
        var refused = await editor.SubmitAsync(await editor.GetAsync("/editorial/articles/new"), "form.editor-form",
            new() { ["Title"] = title, ["Body"] = "Every word kept." }, button: "Schedule");
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = await BrowserSession.ParseAsync(refused);
        Assert.Equal("To schedule, set Publish at to a time in the future.", page.QuerySelector("[data-valmsg-for=PublishAt]")!.TextContent.Trim());
        Assert.Equal("Every word kept.", page.QuerySelector("textarea#Body")!.TextContent);
        Assert.Equal(["Save draft", "Submit for review", "Schedule", "Publish"], Buttons(page));
        Assert.False(await app.WithDbAsync(db => db.Articles.AnyAsync(a => a.Title == title)));
    }
}

public sealed class FirstScreenPublishingTestsOnSqlite(SqliteApp app) : FirstScreenPublishingTests(app), IClassFixture<SqliteApp>;

public sealed class FirstScreenPublishingTestsOnPostgres(PostgresApp app) : FirstScreenPublishingTests(app), IClassFixture<PostgresApp>;
