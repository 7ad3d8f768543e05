using System.Net;
using System.Text.Json;
using Fandom.Tests.Support;
using Fandom.Data.Entities;

namespace Fandom.Tests.Infrastructure;

/// <summary>
/// The database answers reads but refuses every write (a read-only file or server; a full disk refuses the same
/// way): health says so, readers and editors keep reading, a refused save keeps the writer's text, and the site is
/// itself again, without a restart, once writes are accepted.
/// </summary>
public abstract class WriteFaultTests(FandomApp app) : IAsyncLifetime
{
    public Task InitializeAsync() => Task.CompletedTask;

    // Whatever a test did, the next one starts with a writable database.
    public async Task DisposeAsync()
    {
        await app.AcceptWritesAsync();
        await HealthyAgainAsync(app.Reader());
    }

    [Fact]
    public async Task Healthz_answers_503_with_the_reason_while_writes_are_refused_and_200_again_after_without_a_restart()
    {
        var reader = app.Reader();
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync("/healthz")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync("/healthz/ready")).StatusCode);

        await app.RefuseWritesAsync();

        var refused = await reader.GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
        Assert.Contains("read-only", await refused.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await reader.GetAsync("/healthz/ready")).StatusCode);
        // Liveness asks nothing of the database: the process is fine and must not be restarted.
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync("/healthz/live")).StatusCode);

        await app.AcceptWritesAsync();
        await HealthyAgainAsync(reader);
    }

    [Fact]
    public async Task An_editor_opens_the_article_while_writes_are_refused_and_a_refused_save_keeps_their_text()
    {
        var article = await app.ArticleAsync("Saved before the fault", "The first version.");
        using var editor = await app.SignInAsNewAsync(Roles.Editor);

        await app.RefuseWritesAsync();

        var page = await editor.GetAsync($"/editorial/articles/{article.Id}");
        Assert.Equal(HttpStatusCode.OK, (await editor.PostWithTokenAsync(page, $"/editorial/articles/{article.Id}/presence")).StatusCode);
        var autosave = await editor.PostWithTokenAsync(page, $"/editorial/articles/{article.Id}/autosave");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, autosave.StatusCode);
        Assert.StartsWith("Not autosaved", JsonDocument.Parse(await autosave.Content.ReadAsStringAsync()).RootElement.GetProperty("error").GetString());

        const string typed = "Typed while the database refused writes.";
        var refused = await editor.SubmitAsync(page, "form.editor-form", new() { ["Body"] = typed });
        Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
        var form = await BrowserSession.ParseAsync(refused);
        Assert.StartsWith("Nothing was saved", form.QuerySelector(".validation-summary-errors li")!.TextContent.Trim());
        Assert.Equal(typed, form.QuerySelector("textarea#Body")!.TextContent.Trim());

        await app.AcceptWritesAsync();
        await HealthyAgainAsync(app.Reader());
        var saved = await editor.SubmitAsync(form, "form.editor-form");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(typed, (await editor.GetAsync($"/editorial/articles/{article.Id}")).QuerySelector("textarea#Body")!.TextContent.Trim());
    }

    [Fact]
    public async Task Readers_get_pages_and_real_404s_while_writes_are_refused()
    {
        var article = await app.ArticleAsync("Read during the fault");
        var reader = app.Reader();
        await app.RefuseWritesAsync();

        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync(article.Url)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync("/")).StatusCode);
        // A miss is counted in the 404 log off the request path: the refused write never reaches the reader.
        var missing = await reader.GetAsync($"/no-such-page-{Guid.NewGuid():N}");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("Page not found", (await BrowserSession.ParseAsync(missing)).QuerySelector("h1")!.TextContent.Trim());
        await app.DeferredWritesDoneAsync();
    }

    [Fact]
    public async Task Repeated_failures_are_logged_once_with_their_cause_not_once_per_request()
    {
        using var editor = await app.SignInAsNewAsync(Roles.Editor);
        var article = await app.ArticleAsync("Saved many times in vain");
        var page = await editor.GetAsync($"/editorial/articles/{article.Id}");
        await app.RefuseWritesAsync();
        app.Logs.Clear();

        for (var i = 0; i < 20; i++)
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, (await editor.SubmitAsync(page, "form.editor-form", new() { ["Body"] = $"Try {i}" })).StatusCode);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, (await app.Reader().GetAsync("/healthz")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await app.Reader().GetAsync($"/missing-{i}")).StatusCode);
        }
        await app.DeferredWritesDoneAsync();

        var logged = app.Logs.Entries;
        // One line each: the save, the health probe, the dropped 404 counts; none of them with a stack trace.
        Assert.InRange(logged.Count, 1, 5);
        Assert.All(logged, entry => Assert.False(entry.HasException, entry.Message));
        Assert.Contains(logged, entry => entry.Message.StartsWith("Saving an article failed: ") && entry.Message.Contains("read"));
    }

    /// <summary>The first request after the fault may meet a connection opened during it; the app drops those at once.</summary>
    private static async Task HealthyAgainAsync(HttpClient reader)
    {
        var answers = new List<HttpStatusCode>();
        for (var i = 0; i < 3 && answers.LastOrDefault() != HttpStatusCode.OK; i++)
            answers.Add((await reader.GetAsync("/healthz")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, answers.Last());
    }
}

public sealed class WriteFaultTestsOnSqlite(SqliteApp app) : WriteFaultTests(app), IClassFixture<SqliteApp>;

public sealed class WriteFaultTestsOnPostgres(PostgresApp app) : WriteFaultTests(app), IClassFixture<PostgresApp>;
