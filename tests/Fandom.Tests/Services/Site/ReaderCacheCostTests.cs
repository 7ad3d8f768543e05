using System.Net;
using Fandom.Data.Entities;
using Fandom.Tests.Support;

namespace Fandom.Tests.Services.Site;

/// <summary>What the reader cache costs: cached pages run no SQL, and the next scheduled instant is looked up once per change.</summary>
public sealed class ReaderCacheCostTests(QueryCountingApp app) : IClassFixture<QueryCountingApp>
{
    [Fact]
    public async Task A_cached_reader_page_costs_no_sql_until_content_changes()
    {
        var author = await app.CreateStaffAsync(Roles.Author);
        await app.ArticleAsync("Cached story", author: author);
        await app.ArticleAsync("Later story", publishAtUtc: app.Clock.GetUtcNow().UtcDateTime.AddDays(1), author: author);
        Assert.Equal(HttpStatusCode.OK, (await app.Reader().GetAsync("/")).StatusCode);

        app.Sql.Reset();
        for (var i = 0; i < 5; i++)
            Assert.Equal(HttpStatusCode.OK, (await app.Reader().GetAsync("/")).StatusCode);
        Assert.Equal(0, app.Sql.Count);

        // A publish evicts the pages that show the article: the next view renders once, then is cached again.
        await app.ArticleAsync("Breaking story", author: author);
        app.Sql.Reset();
        await app.Reader().GetAsync("/");
        var firstView = app.Sql.Count;
        await app.Reader().GetAsync("/");
        Assert.True(firstView > 0);
        Assert.Equal(firstView, app.Sql.Count);
    }

    [Fact]
    public async Task Each_encoding_is_cached_once_as_sent_with_its_own_etag_and_a_hit_answers_304_from_it()
    {
        var author = await app.CreateStaffAsync(Roles.Author);
        var article = await app.ArticleAsync("Compressed once", author: author);
        async Task<HttpResponseMessage> GetAsync(string? encoding, string? etag = null)
        {
            var request = new HttpRequestMessage(HttpMethod.Get, article.Url);
            if (encoding is not null) request.Headers.AcceptEncoding.ParseAdd(encoding);
            if (etag is not null) request.Headers.IfNoneMatch.ParseAdd(etag);
            return await app.Reader().SendAsync(request);
        }

        var tags = new Dictionary<string, string>();
        foreach (var encoding in new[] { "br", "gzip", "identity" })
        {
            var first = await GetAsync(encoding);
            app.Sql.Reset();
            var hit = await GetAsync(encoding);
            Assert.Equal(0, app.Sql.Count);
            Assert.NotNull(hit.Headers.Age);
            Assert.Equal(encoding == "identity" ? [] : [encoding], hit.Content.Headers.ContentEncoding);
            Assert.Equal(first.Headers.ETag, hit.Headers.ETag);
            Assert.Equal(await first.Content.ReadAsByteArrayAsync(), await hit.Content.ReadAsByteArrayAsync());
            tags[encoding] = hit.Headers.ETag!.Tag;
        }
        Assert.Equal(3, tags.Values.Distinct().Count());

        app.Sql.Reset();
        var notModified = await GetAsync("br", tags["br"]);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Equal(0, app.Sql.Count);
    }

    [Fact]
    public async Task Over_https_anonymous_pages_are_compressed_and_signed_in_staff_pages_are_not()
    {
        var editor = await app.CreateStaffAsync(Roles.Editor);
        await app.ArticleAsync("Over TLS", author: editor);
        HttpClient Https() => app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions
            { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false });
        static HttpRequestMessage Brotli(string url)
        {
            var request = new HttpRequestMessage(HttpMethod.Get, url);
            request.Headers.AcceptEncoding.ParseAdd("br");
            return request;
        }

        Assert.Equal(["br"], (await Https().SendAsync(Brotli("/"))).Content.Headers.ContentEncoding);

        var staff = new BrowserSession(Https());
        var login = await staff.GetAsync("/Identity/Account/Login");
        var signIn = await staff.SubmitAsync(login, "form#account", new() { ["Input.Email"] = editor.Email, ["Input.Password"] = editor.Password });
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        var page = await staff.Client.SendAsync(Brotli("/"));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Empty(page.Content.Headers.ContentEncoding);
        Assert.NotNull((await BrowserSession.ParseAsync(page)).QuerySelector(".staff-bar"));
    }
}
