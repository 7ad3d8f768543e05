using System.Net;
using AngleSharp.Html.Dom;
using Fandom.Data.Entities;
using Fandom.Tests.Support;
using Fandom.Web.Services;

namespace Fandom.Tests.Infrastructure;

/// <summary>
/// A site run as two instances on one PostgreSQL database and one Redis server: what staff do on one instance is what
/// an anonymous reader of the other sees on the very next request, even on pages the other had cached.
/// </summary>
public sealed class SeveralInstancesTests(SiteInstances site) : IClassFixture<SiteInstances>
{
    private SiteInstance A => site.A;
    private SiteInstance B => site.B;

    private static List<string> Titles(IHtmlDocument page) =>
        page.QuerySelectorAll(".lead-title a, .card-title a").Select(a => a.TextContent.Trim()).ToList();

    private static async Task<HttpResponseMessage> ReadAsync(SiteInstance instance, string url) => await instance.Reader().GetAsync(url);

    private static async Task<IHtmlDocument> PageAsync(SiteInstance instance, string url)
    {
        var response = await ReadAsync(instance, url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await BrowserSession.ParseAsync(response);
    }

    /// <summary>Reads each page on the instance until it comes from that instance's cache (an Age header).</summary>
    private static async Task CachedOnAsync(SiteInstance instance, params string[] urls)
    {
        foreach (var url in urls)
        {
            await PageAsync(instance, url);
            var again = await ReadAsync(instance, url);
            Assert.Equal(HttpStatusCode.OK, again.StatusCode);
            Assert.True(again.Headers.Age is not null, $"{url} was not cached");
        }
    }

    private static async Task<HttpResponseMessage> SaveInEditorAsync(BrowserSession editor, ArticleRef article, Dictionary<string, string> fields, string button) =>
        await editor.SubmitAsync(await editor.GetAsync($"/editorial/articles/{article.Id}"), "form.editor-form", fields, button);

    [Fact]
    public async Task An_article_published_and_edited_on_one_instance_is_on_the_others_cached_pages_at_the_next_request()
    {
        var key = Guid.NewGuid().ToString("N")[..8];
        var draft = await A.ArticleAsync($"Fresh from A {key}", status: ArticleStatus.Draft);
        using var editor = await A.SignInAsNewAsync(Roles.Editor);
        await CachedOnAsync(B, "/", "/feed");

        var published = await SaveInEditorAsync(editor, draft, [], "Publish");

        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        Assert.Contains($"Fresh from A {key}", Titles(await PageAsync(B, "/")));
        Assert.Contains($"Fresh from A {key}", await (await ReadAsync(B, "/feed")).Content.ReadAsStringAsync());
        await CachedOnAsync(B, draft.Url, "/");

        var edited = await SaveInEditorAsync(editor, draft, new() { ["Title"] = $"Edited on A {key}" }, "Publish");

        Assert.Equal(HttpStatusCode.Redirect, edited.StatusCode);
        Assert.Equal($"Edited on A {key}", (await PageAsync(B, draft.Url)).QuerySelector("h1")!.TextContent);
        Assert.Contains($"Edited on A {key}", Titles(await PageAsync(B, "/")));
        Assert.DoesNotContain($"Fresh from A {key}", Titles(await PageAsync(B, "/")));
    }

    [Fact]
    public async Task An_article_unpublished_on_one_instance_leaves_the_others_cached_pages_at_once()
    {
        var key = Guid.NewGuid().ToString("N")[..8];
        var article = await A.ArticleAsync($"Taken down {key}", tags: [$"Takedown {key}"]);
        var tagUrl = $"/tag/{Fandom.Web.Content.Slugs.From($"Takedown {key}")}";
        using var editor = await A.SignInAsNewAsync(Roles.Editor);
        await CachedOnAsync(B, article.Url, "/", tagUrl);

        var page = await editor.GetAsync($"/editorial/articles/{article.Id}");
        var unpublished = await editor.SubmitAsync(page, $"form[action='/editorial/articles/{article.Id}/unpublish']");

        Assert.Equal(HttpStatusCode.Redirect, unpublished.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await ReadAsync(B, article.Url)).StatusCode);
        Assert.DoesNotContain($"Taken down {key}", Titles(await PageAsync(B, "/")));
        Assert.Equal(HttpStatusCode.NotFound, (await ReadAsync(B, tagUrl)).StatusCode);
    }

    [Fact]
    public async Task An_article_deleted_on_one_instance_is_gone_from_the_others_cached_pages_at_once()
    {
        var key = Guid.NewGuid().ToString("N")[..8];
        var article = await A.ArticleAsync($"Deleted on A {key}");
        using var editor = await A.SignInAsNewAsync(Roles.Editor);
        await CachedOnAsync(B, article.Url, "/", "/sitemap.xml");

        var confirm = await editor.GetAsync($"/editorial/articles/{article.Id}/delete");
        var deleted = await editor.SubmitAsync(confirm, $"form[action='/editorial/articles/{article.Id}/delete']");

        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await ReadAsync(B, article.Url)).StatusCode);
        Assert.DoesNotContain($"Deleted on A {key}", Titles(await PageAsync(B, "/")));
        Assert.DoesNotContain(article.Slug, await (await ReadAsync(B, "/sitemap.xml")).Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_article_scheduled_on_one_instance_appears_on_both_at_its_instant()
    {
        var key = Guid.NewGuid().ToString("N")[..8];
        foreach (var instance in site.Both) await CachedOnAsync(instance, "/");

        var scheduled = await A.ArticleAsync($"On the hour {key}", publishAtUtc: A.Now().AddHours(1));

        foreach (var instance in site.Both)
        {
            Assert.DoesNotContain($"On the hour {key}", Titles(await PageAsync(instance, "/")));
            Assert.Equal(HttpStatusCode.NotFound, (await ReadAsync(instance, scheduled.Url)).StatusCode);
        }
        await CachedOnAsync(B, "/");

        site.Clock.Advance(TimeSpan.FromHours(1));

        foreach (var instance in site.Both)
        {
            Assert.Contains($"On the hour {key}", Titles(await PageAsync(instance, "/")));
            Assert.Equal(HttpStatusCode.OK, (await ReadAsync(instance, scheduled.Url)).StatusCode);
        }
    }

    [Fact]
    public async Task A_sign_in_cookie_from_one_instance_works_on_the_other()
    {
        var staff = await A.CreateStaffAsync(Roles.Editor, "Editor Signed In On A");
        var cookie = await SignInCookieAsync(A, staff);

        using var onB = B.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, "/editorial");
        request.Headers.Add("Cookie", cookie);
        var desk = await onB.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, desk.StatusCode);
        Assert.Contains("Editor Signed In On A", await desk.Content.ReadAsStringAsync());
    }

    /// <summary>Signs in through A's form and returns the cookies the browser would then hold.</summary>
    private static async Task<string> SignInCookieAsync(SiteInstance instance, StaffCredentials staff)
    {
        using var client = instance.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
        var login = await client.GetAsync("/Identity/Account/Login");
        var antiforgery = string.Join("; ", login.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]));
        var form = await BrowserSession.ParseAsync(login);
        var token = form.QuerySelector("form#account input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var post = new HttpRequestMessage(HttpMethod.Post, "/Identity/Account/Login")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Input.Email"] = staff.Email, ["Input.Password"] = staff.Password, ["__RequestVerificationToken"] = token,
            }),
        };
        post.Headers.Add("Cookie", antiforgery);
        var signedIn = await client.SendAsync(post);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        var auth = signedIn.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]).Where(c => c.StartsWith("fandom.auth")).ToList();
        Assert.NotEmpty(auth);
        return string.Join("; ", auth);
    }
}

/// <summary>The per-address limits are the site's, not each instance's: two instances allow what one does.</summary>
public sealed class SharedSignInLimitTests(RateLimitedSiteInstances site) : IClassFixture<RateLimitedSiteInstances>
{
    [Fact]
    public async Task Sign_in_attempts_spread_over_two_instances_are_counted_together()
    {
        using var onA = new BrowserSession(site.A.Reader());
        using var onB = new BrowserSession(site.B.Reader());
        var loginA = await onA.GetAsync("/Identity/Account/Login");
        var loginB = await onB.GetAsync("/Identity/Account/Login");
        var guesses = 0;
        async Task<HttpStatusCode> GuessAsync(BrowserSession session, IHtmlDocument login) =>
            (await session.SubmitAsync(login, "form#account", new()
            {
                ["Input.Email"] = $"guess{++guesses}@example.com", ["Input.Password"] = "Guess-Password-1",
            })).StatusCode;

        for (var i = 0; i < RateLimitedSiteInstances.AttemptsPerMinute - 1; i++)
            Assert.Equal(HttpStatusCode.OK, await GuessAsync(onA, loginA));
        Assert.Equal(HttpStatusCode.OK, await GuessAsync(onB, loginB));

        Assert.Equal(HttpStatusCode.TooManyRequests, await GuessAsync(onB, loginB));
        Assert.Equal(HttpStatusCode.TooManyRequests, await GuessAsync(onA, loginA));
    }
}

public sealed class SharedContentApiLimitTests(RateLimitedSiteInstances site) : IClassFixture<RateLimitedSiteInstances>
{
    [Fact]
    public async Task Content_api_requests_spread_over_two_instances_are_counted_together()
    {
        var onA = site.A.Reader();
        var onB = site.B.Reader();
        for (var i = 0; i < RateLimitedSiteInstances.AttemptsPerMinute - 1; i++)
            Assert.Equal(HttpStatusCode.OK, (await onA.GetAsync("/api/v1/categories")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await onB.GetAsync("/api/v1/categories")).StatusCode);

        Assert.Equal(HttpStatusCode.TooManyRequests, (await onB.GetAsync("/api/v1/categories")).StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await onA.GetAsync("/api/v1/categories")).StatusCode);
    }
}
