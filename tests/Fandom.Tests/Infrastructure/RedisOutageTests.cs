using System.Net;
using AngleSharp.Html.Dom;
using Fandom.Data.Entities;
using Fandom.Tests.Support;

namespace Fandom.Tests.Infrastructure;

/// <summary>
/// Redis stopped under two running instances is a degradation, not an outage: readers get pages (rendered, not
/// cached), staff sign in and save, <c>/healthz</c> says Degraded; once Redis is back caching resumes by itself and
/// no page cached before the outage is served again.
/// </summary>
public sealed class RedisOutageTests(SiteInstancesWithOwnRedis site) : IClassFixture<SiteInstancesWithOwnRedis>
{
    private static async Task<HttpResponseMessage> ReadAsync(SiteInstance instance, string url) => await instance.Reader().GetAsync(url);

    private static async Task<string> HeadlineAsync(SiteInstance instance, string url)
    {
        var response = await ReadAsync(instance, url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await BrowserSession.ParseAsync(response)).QuerySelector("h1")!.TextContent;
    }

    private static async Task<string> HealthAsync(SiteInstance instance)
    {
        var response = await ReadAsync(instance, "/healthz");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        // The first line is the overall status; each check's own line with its reason follows.
        return (await response.Content.ReadAsStringAsync()).Split('\n')[0];
    }

    private async Task UntilHealthOnBothAsync(string status)
    {
        foreach (var instance in site.Both)
            for (var waited = 0; await HealthAsync(instance) != status; waited += 100)
            {
                if (waited > 20_000) Assert.Fail($"/healthz did not turn {status}");
                await Task.Delay(100);
            }
    }

    private static async Task<bool> ServedFromCacheAsync(SiteInstance instance, string url)
    {
        var response = await ReadAsync(instance, url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return response.Headers.Age is not null;
    }

    private static async Task<HttpResponseMessage> RetitleAsync(BrowserSession editor, ArticleRef article, string title) =>
        await editor.SubmitAsync(await editor.GetAsync($"/editorial/articles/{article.Id}"), "form.editor-form", new() { ["Title"] = title }, "Publish");

    [Fact]
    public async Task Readers_and_staff_carry_on_while_Redis_is_down_and_caching_resumes_without_stale_pages_when_it_returns()
    {
        var key = Guid.NewGuid().ToString("N")[..8];
        var article = await site.A.ArticleAsync($"Before the outage {key}");
        var editorAccount = await site.A.CreateStaffAsync(Roles.Editor);
        using var editor = await site.A.SignInAsync(editorAccount);
        await HeadlineAsync(site.B, article.Url);
        Assert.True(await ServedFromCacheAsync(site.B, article.Url));
        Assert.Equal("Healthy", await HealthAsync(site.B));

        await site.Redis.StopAsync();
        await UntilHealthOnBothAsync("Degraded");

        // Readers: pages rendered on every request, none from a cache that can no longer hear evictions.
        foreach (var instance in site.Both)
            foreach (var url in new[] { "/", article.Url, "/feed", "/sitemap.xml" })
                Assert.False(await ServedFromCacheAsync(instance, url), $"{url} came from a cache while Redis was down");
        // Staff: a save on A succeeds and B's readers see it at once; signing in still works, on either instance.
        Assert.Equal(HttpStatusCode.Redirect, (await RetitleAsync(editor, article, $"During the outage {key}")).StatusCode);
        Assert.Equal($"During the outage {key}", await HeadlineAsync(site.B, article.Url));
        using (await site.B.SignInAsync(editorAccount)) { }

        await site.Redis.StartAsync();
        await UntilHealthOnBothAsync("Healthy");

        // The page B cached before the outage is gone; what B caches now is the current page, and evictions flow again.
        Assert.Equal($"During the outage {key}", await HeadlineAsync(site.B, article.Url));
        Assert.True(await ServedFromCacheAsync(site.B, article.Url));
        Assert.Equal(HttpStatusCode.Redirect, (await RetitleAsync(editor, article, $"After the outage {key}")).StatusCode);
        Assert.Equal($"After the outage {key}", await HeadlineAsync(site.B, article.Url));
    }
}
