using System.Net;
using Fandom.Data.Entities;
using Fandom.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Fandom.Tests.Areas.Editorial;

/// <summary>SPEC §4 transitions through the editor: review, changes requested, scheduling, take-downs, audit.</summary>
public abstract class WorkflowTests(FandomApp app)
{
    [Fact]
    public async Task An_editor_requests_changes_and_the_author_sees_the_note_in_the_editor()
    {
        var author = await app.CreateStaffAsync(Roles.Author);
        var article = await app.ArticleAsync("Needs another pass", author: author, status: ArticleStatus.InReview);
        using var editor = await app.SignInAsNewAsync(Roles.Editor);

        var review = await editor.GetAsync($"/editorial/articles/{article.Id}");
        var sent = await editor.SubmitAsync(review, "form.editor-form", new() { ["ReviewNote"] = "Cut the second paragraph, please." }, button: "Request changes");
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);

        using var writer = await app.SignInAsync(author);
        var desk = await writer.GetAsync("/editorial");
        Assert.Equal($"/editorial/articles/{article.Id}", desk.QuerySelector("#desk-section-changes td a")!.GetAttribute("href"));
        var page = await writer.GetAsync($"/editorial/articles/{article.Id}");
        Assert.Equal("Changes requested: Cut the second paragraph, please.", page.QuerySelector(".review-note")!.TextContent.Trim());
        Assert.Equal("Draft", page.QuerySelector(".editor-status .status")!.TextContent);
        Assert.NotNull(page.QuerySelectorAll("button").FirstOrDefault(b => b.TextContent.Trim() == "Submit for review"));

        var resubmitted = await writer.SubmitAsync(page, "form.editor-form", new() { ["Body"] = "Shorter now." }, button: "Submit for review");
        Assert.Equal(HttpStatusCode.Redirect, resubmitted.StatusCode);
        Assert.Equal(["article.submit", "article.request-changes", "article.submit"], await app.AuditActionsAsync(article.Id));
        Assert.Empty((await writer.GetAsync("/editorial")).QuerySelectorAll("#desk-section-changes td a"));
    }

    [Fact]
    public async Task Scheduling_confirms_the_time_in_the_editors_zone_and_in_utc()
    {
        var author = await app.CreateStaffAsync(Roles.Author);
        var article = await app.ArticleAsync(author: author, status: ArticleStatus.InReview);
        using var editor = await app.SignInAsNewAsync(Roles.Editor);
        var page = await editor.GetAsync($"/editorial/articles/{article.Id}");

        // The site zone is Europe/London; 1 July is summer time, so 09:00 BST is 08:00 UTC.
        var scheduled = await editor.SubmitAsync(page, "form.editor-form", new() { ["PublishAt"] = "2026-07-01T09:00:00" }, button: "Schedule");
        Assert.Equal(HttpStatusCode.Redirect, scheduled.StatusCode);
        var after = await editor.GetAsync($"/editorial/articles/{article.Id}");
        Assert.Equal("Scheduled: publishes Wed 1 Jul 2026, 09:00 BST — 08:00 UTC.", after.QuerySelector(".status-message")!.TextContent.Trim());
        Assert.Equal("Scheduled", after.QuerySelector(".editor-status .status")!.TextContent);
        Assert.Equal(new DateTime(2026, 7, 1, 8, 0, 0), await app.WithDbAsync(db => db.Articles.Where(a => a.Id == article.Id).Select(a => a.PublishAtUtc!.Value).SingleAsync()));
        Assert.Contains("article.schedule", await app.AuditActionsAsync(article.Id));
    }

    [Fact]
    public async Task The_editor_sees_the_publish_time_in_both_zones_while_typing_it()
    {
        var article = await app.ArticleAsync(author: await app.CreateStaffAsync(Roles.Author), status: ArticleStatus.InReview);
        using var editor = await app.SignInAsNewAsync(Roles.Editor);
        var response = await editor.PostAsync("/editorial/articles/preview", new()
        {
            ["articleId"] = article.Id.ToString(), ["body"] = "## Hello", ["publishAt"] = "2026-11-03T09:00:00",
        });
        var json = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("Publishes Tue 3 Nov 2026, 09:00 GMT — 09:00 UTC", json.GetProperty("schedule").GetString());
        Assert.Equal("<h2 id=\"section-hello\">Hello</h2>", json.GetProperty("html").GetString()!.Trim());
        Assert.Contains("There is no SEO description.", json.GetProperty("warnings").EnumerateArray().Select(w => w.GetString()));
    }

    [Fact]
    public async Task The_editor_counts_the_words_readers_will_read_while_typing()
    {
        using var editor = await app.SignInAsNewAsync(Roles.Editor);
        // 460 words of text and a spoiler that readers open themselves, counted as the article page counts them.
        var body = string.Join(" ", Enumerable.Repeat("word", 460)) + "\n\n:::spoiler Ending\nHidden words here.\n:::";
        var response = await editor.PostAsync("/editorial/articles/preview", new() { ["body"] = body });
        var json = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        var rendered = app.Services.GetRequiredService<Fandom.Web.Content.ContentRenderer>().Render(body);
        Assert.Equal(rendered.WordCount, json.GetProperty("words").GetInt32());
        Assert.Equal(rendered.ReadingMinutes, json.GetProperty("minutes").GetInt32());
        Assert.Equal(2, json.GetProperty("minutes").GetInt32());
    }

    [Fact]
    public async Task An_editor_with_their_own_time_zone_schedules_in_it()
    {
        var article = await app.ArticleAsync(author: await app.CreateStaffAsync(Roles.Author), status: ArticleStatus.InReview);
        var editorCreds = await app.CreateStaffAsync(Roles.Editor);
        await app.WithDbAsync(async db =>
        {
            await db.Users.Where(u => u.Id == editorCreds.Id).ExecuteUpdateAsync(s => s.SetProperty(u => u.TimeZoneId, "America/New_York"));
            return 0;
        });
        using var editor = await app.SignInAsync(editorCreds);
        var page = await editor.GetAsync($"/editorial/articles/{article.Id}");
        Assert.Contains("America/New_York", page.QuerySelector("#PublishAt ~ .hint")!.TextContent);

        await editor.SubmitAsync(page, "form.editor-form", new() { ["PublishAt"] = "2026-07-01T09:00:00" }, button: "Schedule");
        Assert.Equal(new DateTime(2026, 7, 1, 13, 0, 0), await app.WithDbAsync(db => db.Articles.Where(a => a.Id == article.Id).Select(a => a.PublishAtUtc!.Value).SingleAsync()));
        var after = await editor.GetAsync($"/editorial/articles/{article.Id}");
        Assert.Equal("Scheduled: publishes Wed 1 Jul 2026, 09:00 EDT — 13:00 UTC.", after.QuerySelector(".status-message")!.TextContent.Trim());
        Assert.Equal("2026-07-01T09:00:00", after.QuerySelector("#PublishAt")!.GetAttribute("value"));
    }

    [Fact]
    public async Task A_time_inside_the_spring_forward_gap_is_scheduled_at_the_first_real_minute_after_it()
    {
        var article = await app.ArticleAsync(author: await app.CreateStaffAsync(Roles.Author), status: ArticleStatus.InReview);
        using var editor = await app.SignInAsNewAsync(Roles.Editor);
        var page = await editor.GetAsync($"/editorial/articles/{article.Id}");

        // On 28 March 2027 London clocks jump from 01:00 GMT to 02:00 BST: 01:30 never happens on a wall clock.
        await editor.SubmitAsync(page, "form.editor-form", new() { ["PublishAt"] = "2027-03-28T01:30:00" }, button: "Schedule");
        Assert.Equal(new DateTime(2027, 3, 28, 1, 0, 0), await app.WithDbAsync(db => db.Articles.Where(a => a.Id == article.Id).Select(a => a.PublishAtUtc!.Value).SingleAsync()));
        var after = await editor.GetAsync($"/editorial/articles/{article.Id}");
        Assert.Equal("Publishes Sun 28 Mar 2027, 02:00 BST — 01:00 UTC", after.QuerySelector(".schedule-confirmation")!.TextContent.Trim());
    }

    [Fact]
    public async Task Schedule_without_a_future_time_is_refused_with_the_form_intact()
    {
        var article = await app.ArticleAsync(author: await app.CreateStaffAsync(Roles.Author), status: ArticleStatus.InReview);
        using var editor = await app.SignInAsNewAsync(Roles.Editor);
        var page = await editor.GetAsync($"/editorial/articles/{article.Id}");
        var refused = await editor.SubmitAsync(page, "form.editor-form", new() { ["PublishAt"] = "", ["Body"] = "Keep me." }, button: "Schedule");

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var form = await BrowserSession.ParseAsync(refused);
        Assert.Equal("To schedule, set Publish at to a time in the future.", form.QuerySelector("[data-valmsg-for=PublishAt]")!.TextContent);
        Assert.Equal("Keep me.", form.QuerySelector("textarea#Body")!.TextContent);
        Assert.Equal(ArticleStatus.InReview, await app.WithDbAsync(db => db.Articles.Where(a => a.Id == article.Id).Select(a => a.Status).SingleAsync()));
    }

    [Fact]
    public async Task An_unpublish_time_before_the_publish_time_is_refused()
    {
        var article = await app.ArticleAsync(author: await app.CreateStaffAsync(Roles.Author), status: ArticleStatus.InReview);
        using var editor = await app.SignInAsNewAsync(Roles.Editor);
        var page = await editor.GetAsync($"/editorial/articles/{article.Id}");
        var refused = await editor.SubmitAsync(page, "form.editor-form",
            new() { ["PublishAt"] = "2026-07-02T09:00:00", ["UnpublishAt"] = "2026-07-01T09:00:00" }, button: "Schedule");
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var form = await BrowserSession.ParseAsync(refused);
        Assert.Equal("Unpublish at must be after Publish at.", form.QuerySelector("[data-valmsg-for=UnpublishAt]")!.TextContent);
        Assert.Equal(ArticleStatus.InReview, await app.WithDbAsync(db => db.Articles.Where(a => a.Id == article.Id).Select(a => a.Status).SingleAsync()));
    }

    [Fact]
    public async Task Unpublish_and_archive_take_an_article_off_the_site_and_are_audited()
    {
        var first = await app.ArticleAsync("Coming down soon");
        var second = await app.ArticleAsync("Into the archive");
        using var editor = await app.SignInAsNewAsync(Roles.Editor);

        Assert.Equal(HttpStatusCode.Redirect, (await editor.PostAsync($"/editorial/articles/{first.Id}/unpublish")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await editor.PostAsync($"/editorial/articles/{second.Id}/archive")).StatusCode);

        Assert.Equal(HttpStatusCode.NotFound, (await app.Reader().GetAsync(first.Url)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await app.Reader().GetAsync(second.Url)).StatusCode);
        Assert.Equal(ArticleStatus.Draft, await app.WithDbAsync(db => db.Articles.Where(a => a.Id == first.Id).Select(a => a.Status).SingleAsync()));
        Assert.Equal(ArticleStatus.Archived, await app.WithDbAsync(db => db.Articles.Where(a => a.Id == second.Id).Select(a => a.Status).SingleAsync()));
        Assert.Contains("article.unpublish", await app.AuditActionsAsync(first.Id));
        Assert.Contains("article.archive", await app.AuditActionsAsync(second.Id));
    }

    [Fact]
    public async Task An_author_deletes_their_own_draft_and_the_deletion_is_audited()
    {
        var author = await app.CreateStaffAsync(Roles.Author);
        var article = await app.ArticleAsync("Never mind", author: author, status: ArticleStatus.Draft);
        using var session = await app.SignInAsync(author);

        var editor = await session.GetAsync($"/editorial/articles/{article.Id}");
        var confirm = await session.GetAsync(editor.QuerySelectorAll(".editor-tools a.danger").Single().GetAttribute("href")!);
        Assert.Equal("Delete “Never mind”?", confirm.QuerySelector("h1")!.TextContent);
        var deleted = await session.SubmitAsync(confirm, "form.form-actions", button: "Delete article");
        Assert.Equal("/editorial", deleted.Headers.Location!.OriginalString);
        Assert.False(await app.WithDbAsync(db => db.Articles.AnyAsync(a => a.Id == article.Id)));
        Assert.Equal(["article.delete"], await app.AuditActionsAsync(article.Id));
    }

    [Fact]
    public async Task The_desk_lists_drafts_review_scheduled_and_recently_published()
    {
        var editorCreds = await app.CreateStaffAsync(Roles.Editor);
        var draft = await app.ArticleAsync("Desk draft", author: editorCreds, status: ArticleStatus.Draft);
        var review = await app.ArticleAsync("Desk review", author: await app.CreateStaffAsync(Roles.Author), status: ArticleStatus.InReview);
        await app.ArticleAsync("Desk scheduled", publishAtUtc: app.Clock.GetUtcNow().UtcDateTime.AddDays(3), author: editorCreds);
        await app.ArticleAsync("Desk published", author: editorCreds);
        using var editor = await app.SignInAsync(editorCreds);

        var desk = await editor.GetAsync("/editorial");
        string[] Titles(string section) => desk.QuerySelectorAll($"#desk-section-{section} td a").Select(a => a.TextContent).ToArray();
        Assert.Contains("Desk draft", Titles("drafts"));
        Assert.Contains("Desk review", Titles("review"));
        Assert.Contains("Desk scheduled", Titles("scheduled"));
        Assert.Contains("Desk published", Titles("published"));
        Assert.DoesNotContain("Desk scheduled", Titles("published"));
        Assert.Equal($"/editorial/articles/{review.Id}", desk.QuerySelectorAll("#desk-section-review td a").First(a => a.TextContent == "Desk review").GetAttribute("href"));
        Assert.DoesNotContain("Desk review", Titles("drafts"));
        Assert.NotEqual(0, draft.Id);
    }

    [Fact]
    public async Task The_calendar_shows_scheduled_and_published_articles_on_their_day()
    {
        var author = await app.CreateStaffAsync(Roles.Editor);
        await app.ArticleAsync("November premiere", publishAtUtc: new DateTime(2026, 11, 12, 18, 30, 0, DateTimeKind.Utc), author: author);
        using var editor = await app.SignInAsync(author);

        var calendar = await editor.GetAsync("/editorial/calendar?month=2026-11");
        Assert.Equal("November 2026", calendar.QuerySelector("h1")!.TextContent);
        var cell = calendar.QuerySelectorAll("td.in-month").Single(td => td.QuerySelector(".calendar-date")!.TextContent == "12");
        var entry = cell.QuerySelectorAll(".calendar-entries li").Single(li => li.QuerySelector("a")!.TextContent == "November premiere");
        Assert.Equal("18:30", entry.QuerySelector("time")!.TextContent);
        Assert.Equal(HttpStatusCode.NotFound, (await editor.Client.GetAsync("/editorial/calendar?month=nope")).StatusCode);
    }
}

public sealed class WorkflowTestsOnSqlite(SqliteApp app) : WorkflowTests(app), IClassFixture<SqliteApp>;

public sealed class WorkflowTestsOnPostgres(PostgresApp app) : WorkflowTests(app), IClassFixture<PostgresApp>;
