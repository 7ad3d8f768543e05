using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Fandom.Data.Entities;
using Fandom.Tests.Support;
using Fandom.Web.Content;
using Fandom.Web.Services;
using Fandom.Web.Services.Editorial;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Fandom.Tests.Controllers.Api;

/// <summary>The read-only content API as a client uses it: JSON over HTTP, through the whole pipeline, output cache included.</summary>
public abstract class ContentApiTests(FandomApp app)
{
    private string Key { get; } = Guid.NewGuid().ToString("N")[..8];

    [Fact]
    public async Task Articles_are_paged_newest_first_with_links_that_keep_the_filter()
    {
        var category = await app.CategoryAsync($"Paged {Key}");
        var stories = new List<ArticleRef>();
        for (var i = 0; i < 5; i++)
        {
            app.Clock.Advance(TimeSpan.FromMinutes(1));
            stories.Add(await app.ArticleAsync($"Paged story {i} {Key}", categories: [category]));
        }
        var client = app.Reader();
        var slug = Slugs.From($"Paged {Key}");

        var first = await JsonAsync(client, $"/api/v1/articles?category={slug}&pageSize=2");
        Assert.Equal([stories[4].Slug, stories[3].Slug], SlugsIn(first));
        Assert.Equal(1, first.GetProperty("page").GetInt32());
        Assert.Equal(JsonValueKind.Null, first.GetProperty("links").GetProperty("previous").ValueKind);
        var next = first.GetProperty("links").GetProperty("next").GetString()!;
        Assert.Equal($"http://localhost/api/v1/articles?category={slug}&pageSize=2&page=2", next);

        var second = await JsonAsync(client, next);
        Assert.Equal([stories[2].Slug, stories[1].Slug], SlugsIn(second));
        Assert.Equal($"http://localhost/api/v1/articles?category={slug}&pageSize=2", second.GetProperty("links").GetProperty("previous").GetString());

        var last = await JsonAsync(client, second.GetProperty("links").GetProperty("next").GetString()!);
        Assert.Equal([stories[0].Slug], SlugsIn(last));
        Assert.Equal(JsonValueKind.Null, last.GetProperty("links").GetProperty("next").ValueKind);

        // A page after the last is missing, as on the site; bad paging is refused with the reason.
        var past = await client.GetAsync($"/api/v1/articles?category={slug}&pageSize=2&page=4");
        Assert.Equal(HttpStatusCode.NotFound, past.StatusCode);
        Assert.Equal("application/problem+json", past.Content.Headers.ContentType?.MediaType);
        Assert.Contains("past the end", (await Problem(past)).GetProperty("detail").GetString());
        var tooBig = await client.GetAsync("/api/v1/articles?pageSize=500");
        Assert.Equal(HttpStatusCode.BadRequest, tooBig.StatusCode);
        Assert.Contains("between 1 and 100", (await Problem(tooBig)).GetProperty("errors").GetProperty("pageSize")[0].GetString());
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/api/v1/articles?page=0")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/api/v1/articles?page=abc")).StatusCode);
    }

    [Fact]
    public async Task Articles_filter_by_category_tag_and_author_alone_and_together()
    {
        var section = await app.CategoryAsync($"Filter section {Key}");
        var other = await app.CategoryAsync($"Filter other {Key}");
        var writer = await app.CreateStaffAsync(Roles.Author, $"Filter Writer {Key}");
        var tag = $"Filter tag {Key}";
        var inSectionTagged = await app.ArticleAsync(categories: [section], tags: [tag]);
        var inSectionByWriter = await app.ArticleAsync(categories: [section], author: writer);
        var elsewhereTaggedByWriter = await app.ArticleAsync(categories: [other], tags: [tag], author: writer);
        var client = app.Reader();
        var sectionSlug = Slugs.From($"Filter section {Key}");
        var tagSlug = Slugs.From(tag);
        var writerSlug = await app.AuthorSlugAsync(writer);

        Assert.Equal([inSectionByWriter.Slug, inSectionTagged.Slug], SlugsIn(await JsonAsync(client, $"/api/v1/articles?category={sectionSlug}")));
        Assert.Equal([elsewhereTaggedByWriter.Slug, inSectionTagged.Slug], SlugsIn(await JsonAsync(client, $"/api/v1/articles?tag={tagSlug}")));
        Assert.Equal([elsewhereTaggedByWriter.Slug, inSectionByWriter.Slug], SlugsIn(await JsonAsync(client, $"/api/v1/articles?author={writerSlug}")));
        Assert.Equal([inSectionTagged.Slug], SlugsIn(await JsonAsync(client, $"/api/v1/articles?category={sectionSlug}&tag={tagSlug}")));
        Assert.Equal([inSectionByWriter.Slug], SlugsIn(await JsonAsync(client, $"/api/v1/articles?category={sectionSlug}&author={writerSlug}")));
        Assert.Equal([elsewhereTaggedByWriter.Slug], SlugsIn(await JsonAsync(client, $"/api/v1/articles?tag={tagSlug}&author={writerSlug}")));
        Assert.Empty(SlugsIn(await JsonAsync(client, $"/api/v1/articles?category={sectionSlug}&tag={tagSlug}&author={writerSlug}")));
        Assert.Empty(SlugsIn(await JsonAsync(client, "/api/v1/articles?category=no-such-section")));

        var article = (await JsonAsync(client, $"/api/v1/articles?category={sectionSlug}&tag={tagSlug}")).GetProperty("items")[0];
        Assert.Equal($"http://localhost/articles/{inSectionTagged.Slug}", article.GetProperty("url").GetString());
        Assert.Equal(tagSlug, article.GetProperty("tags")[0].GetProperty("slug").GetString());
        Assert.Equal($"http://localhost/tag/{tagSlug}", article.GetProperty("tags")[0].GetProperty("url").GetString());
        Assert.Equal(sectionSlug, article.GetProperty("categories")[0].GetProperty("slug").GetString());
    }

    [Fact]
    public async Task The_body_is_in_a_list_only_when_fields_asks_for_it_and_always_in_a_single_article()
    {
        var category = await app.CategoryAsync($"Fields {Key}");
        var article = await app.ArticleAsync(body: "Read **this** [here](/category/fields).", categories: [category]);
        var client = app.Reader();
        var list = $"/api/v1/articles?category={Slugs.From($"Fields {Key}")}";

        var plain = (await JsonAsync(client, list)).GetProperty("items")[0];
        Assert.False(plain.TryGetProperty("bodyHtml", out _));
        Assert.False(plain.TryGetProperty("seo", out _));

        var full = (await JsonAsync(client, list + "&fields=bodyHtml,seo")).GetProperty("items")[0];
        // Stored, sanitized HTML with the site's links made absolute, as feeds carry it.
        Assert.Equal("<p>Read <strong>this</strong> <a href=\"http://localhost/category/fields\">here</a>.</p>", full.GetProperty("bodyHtml").GetString()!.Trim());
        Assert.Equal(JsonValueKind.Object, full.GetProperty("seo").ValueKind);

        var single = await JsonAsync(client, $"/api/v1/articles/{article.Slug}");
        Assert.Equal(full.GetProperty("bodyHtml").GetString(), single.GetProperty("bodyHtml").GetString());
        Assert.Equal(article.Title, single.GetProperty("title").GetString());

        var wrong = await client.GetAsync(list + "&fields=body,emails");
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.Equal("fields takes a comma-separated list of: bodyHtml, seo.", (await Problem(wrong)).GetProperty("errors").GetProperty("fields")[0].GetString());
    }

    [Fact]
    public async Task Answers_carry_an_ETag_that_a_client_sends_back_for_a_304_until_the_content_changes()
    {
        var category = await app.CategoryAsync($"Tagged {Key}");
        var article = await app.ArticleAsync(categories: [category]);
        var client = app.Reader();
        var list = $"/api/v1/articles?category={Slugs.From($"Tagged {Key}")}";

        var first = await client.GetAsync(list);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var etag = first.Headers.ETag!;
        Assert.Equal(HttpStatusCode.NotModified, (await GetAsync(client, list, etag)).StatusCode);
        Assert.Equal(HttpStatusCode.NotModified, (await GetAsync(client, $"/api/v1/articles/{article.Slug}", (await client.GetAsync($"/api/v1/articles/{article.Slug}")).Headers.ETag!)).StatusCode);

        // A new article in the section evicts the list: the old ETag no longer matches.
        await app.ArticleAsync(categories: [category]);
        var changed = await GetAsync(client, list, etag);
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.NotEqual(etag, changed.Headers.ETag);
        Assert.Equal(2, (await JsonAsync(changed)).GetProperty("items").GetArrayLength());

        // Without the cache (a request with credentials is never cached) the ETag and its 304 are the same.
        var uncached = new HttpRequestMessage(HttpMethod.Get, list) { Headers = { Authorization = new("Bearer", "x") } };
        uncached.Headers.IfNoneMatch.Add(changed.Headers.ETag!);
        Assert.Equal(HttpStatusCode.NotModified, (await client.SendAsync(uncached)).StatusCode);
    }

    [Fact]
    public async Task A_scheduled_article_appears_in_the_api_at_its_publish_time_even_from_a_warm_cache()
    {
        var category = await app.CategoryAsync($"Soon {Key}");
        await app.ArticleAsync(categories: [category]);
        var at = app.Now().AddHours(1);
        var scheduled = await app.ArticleAsync(categories: [category], publishAtUtc: at);
        var client = app.Reader();
        var list = $"/api/v1/articles?category={Slugs.From($"Soon {Key}")}";

        app.Clock.Advance(at - app.Now() - TimeSpan.FromSeconds(1));
        Assert.DoesNotContain(scheduled.Slug, SlugsIn(await JsonAsync(client, list)));
        Assert.DoesNotContain(scheduled.Slug, SlugsIn(await JsonAsync(client, list)));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/v1/articles/{scheduled.Slug}")).StatusCode);
        app.Clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Contains(scheduled.Slug, SlugsIn(await JsonAsync(client, list)));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/v1/articles/{scheduled.Slug}")).StatusCode);
    }

    [Fact]
    public async Task Only_published_content_appears_and_nothing_of_the_staff_accounts()
    {
        var shown = await Story("Shown", ArticleStatus.Published);
        var hidden = new[]
        {
            await Story("Draft", ArticleStatus.Draft),
            await Story("InReview", ArticleStatus.InReview),
            await Story("Scheduled", ArticleStatus.Published, publishAtUtc: app.Now().AddDays(1)),
            await Story("Archived", ArticleStatus.Archived),
            await Story("Unpublished", ArticleStatus.Published),
            await Story("TakenDown", ArticleStatus.Published),
        };
        await app.WithServiceAsync<WorkflowService, bool>(async workflow =>
            (await workflow.UnpublishAsync(hidden[4].Article.Id, new Actor(hidden[4].Author.Id, "Editor"))).Error is null);
        await app.WithDbAsync(db => db.Articles.Where(a => a.Id == hidden[5].Article.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.UnpublishAtUtc, app.Now().AddMinutes(-1))));
        await app.WithServiceAsync<Fandom.Web.Services.Site.ReaderCacheInvalidation, bool>(async c => { await c.PublishedContentChangedAsync(); return true; });
        var client = app.Reader();

        string[] lists = ["/api/v1/articles?pageSize=100", "/api/v1/articles?pageSize=100&fields=bodyHtml,seo", "/api/v1/categories",
            "/api/v1/tags?pageSize=100", "/api/v1/authors?pageSize=100", "/api/v1/people?pageSize=100", "/api/v1/quotes?pageSize=100"];
        var texts = new List<string>();
        foreach (var url in lists)
        {
            var response = await client.GetAsync(url);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            texts.Add(await response.Content.ReadAsStringAsync());
        }
        texts.Add(await (await client.GetAsync($"/api/v1/articles/{shown.Article.Slug}")).Content.ReadAsStringAsync());
        var everything = string.Join("\n", texts);

        // The published story, its tag, its author, its quoted person and its quote are all there...
        foreach (var mark in shown.Marks) Assert.Contains(mark, everything);
        foreach (var story in hidden)
        {
            // ...and nothing only an unpublished story carries: not its title, tag, byline, speaker or quote.
            foreach (var mark in story.Marks) Assert.DoesNotContain(mark, everything);
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/v1/articles/{story.Article.Slug}")).StatusCode);
            Assert.Empty(SlugsIn(await JsonAsync(client, $"/api/v1/articles?tag={story.TagSlug}")));
            Assert.Empty(SlugsIn(await JsonAsync(client, $"/api/v1/articles?author={story.AuthorSlug}")));
        }

        // Staff accounts: no e-mail address, account id, password hash, security stamp or role, by value or by name.
        foreach (var story in hidden.Append(shown))
        {
            Assert.DoesNotContain(story.Author.Email, everything, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(story.Author.Id, everything, StringComparison.OrdinalIgnoreCase);
        }
        var staffValues = await app.WithDbAsync(db => db.Users.Select(u => new[] { u.PasswordHash, u.SecurityStamp, u.ConcurrencyStamp, u.NormalizedEmail })
            .ToListAsync());
        foreach (var value in staffValues.SelectMany(v => v).OfType<string>()) Assert.DoesNotContain(value, everything, StringComparison.OrdinalIgnoreCase);
        var names = texts.SelectMany(t => PropertyNames(JsonDocument.Parse(t).RootElement)).Distinct().ToList();
        foreach (var staffOnly in new[] { "email", "userName", "passwordHash", "securityStamp", "roles", "role", "status", "reviewNote", "body", "authorId", "userId" })
            Assert.DoesNotContain(staffOnly, names, StringComparer.OrdinalIgnoreCase);

        async Task<Story> Story(string kind, ArticleStatus status, DateTime? publishAtUtc = null)
        {
            var author = await app.CreateStaffAsync(Roles.Author, $"{kind} Writer {Key}");
            var tag = $"{kind} topic {Key}";
            var speaker = $"{kind} Speaker {Key}";
            var quote = $"{kind} said this {Key}";
            var article = await app.ArticleAsync($"{kind} story {Key}", body: $"> “{quote}”\n>\n> — {speaker}",
                tags: [tag], author: author, status: status, publishAtUtc: publishAtUtc);
            var authorSlug = await app.AuthorSlugAsync(author);
            return new Story(article, author, Slugs.From(tag), authorSlug, [article.Title, $"\"{Slugs.From(tag)}\"", $"\"{authorSlug}\"", speaker, quote]);
        }
    }

    private sealed record Story(ArticleRef Article, StaffCredentials Author, string TagSlug, string AuthorSlug, IReadOnlyList<string> Marks);

    [Fact]
    public async Task A_former_slug_redirects_to_the_current_api_address_and_unknown_addresses_answer_in_json()
    {
        var author = await app.CreateStaffAsync(Roles.Author);
        var article = await app.ArticleAsync($"Renamed {Key}", author: author);
        var renamed = $"renamed-again-{Key}";
        await app.WithServiceAsync<EditorialService, bool>(async editorial =>
        {
            var editable = (await editorial.EditableAsync(article.Id))!;
            var draft = new ArticleDraft(article.Title, "A dek", "Body text.", [], [], null, renamed, editable.PublishAtUtc, null, null, null, editable.ConcurrencyStamp);
            return (await editorial.SaveAsync(article.Id, draft, ArticleTransition.None, new Actor(author.Id, author.DisplayName))).Error is null;
        });
        var client = app.Reader();

        var moved = await client.GetAsync($"/api/v1/articles/{article.Slug}");
        Assert.Equal(HttpStatusCode.MovedPermanently, moved.StatusCode);
        Assert.Equal($"/api/v1/articles/{renamed}", moved.Headers.Location!.OriginalString);
        Assert.Equal(renamed, (await JsonAsync(client, $"/api/v1/articles/{renamed}")).GetProperty("slug").GetString());

        foreach (var url in new[] { "/api/v1/articles/no-such-story", "/api/v1/no-such-list" })
        {
            var missing = await client.GetAsync(url);
            Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
            Assert.Equal("application/problem+json", missing.Content.Headers.ContentType?.MediaType);
            Assert.Equal(404, (await Problem(missing)).GetProperty("status").GetInt32());
        }
    }

    [Fact]
    public async Task Only_configured_origins_get_CORS_headers_and_by_default_none_does()
    {
        await app.ArticleAsync();
        const string allowed = "https://fans.example", other = "https://elsewhere.example";
        using var configured = app.WithWebHostBuilder(host => host.UseSetting("Fandom:Api:CorsOrigins:0", allowed));
        var client = configured.CreateClient();

        // The same cached list, asked from both origins in turn: each answer carries only its own origin's headers.
        foreach (var (origin, round) in new[] { (allowed, 1), (other, 1), (allowed, 2), (other, 2) })
        {
            var response = await FromOrigin(client, origin, "/api/v1/articles");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var granted = response.Headers.TryGetValues("Access-Control-Allow-Origin", out var values) ? values.Single() : null;
            Assert.True(granted == (origin == allowed ? allowed : null), $"{origin} (round {round}) was granted {granted ?? "nothing"}");
        }
        Assert.Contains("ETag", (await FromOrigin(client, allowed, "/api/v1/tags")).Headers.GetValues("Access-Control-Expose-Headers").Single());

        // A browser asks first before sending If-None-Match across origins.
        var preflight = new HttpRequestMessage(HttpMethod.Options, "/api/v1/articles")
        {
            Headers = { { "Origin", allowed }, { "Access-Control-Request-Method", "GET" }, { "Access-Control-Request-Headers", "if-none-match" } },
        };
        var answer = await client.SendAsync(preflight);
        Assert.Equal(HttpStatusCode.NoContent, answer.StatusCode);
        Assert.Equal(allowed, answer.Headers.GetValues("Access-Control-Allow-Origin").Single());

        Assert.False((await FromOrigin(app.Reader(), allowed, "/api/v1/articles")).Headers.Contains("Access-Control-Allow-Origin"));

        static Task<HttpResponseMessage> FromOrigin(HttpClient client, string origin, string url) =>
            client.SendAsync(new HttpRequestMessage(HttpMethod.Get, url) { Headers = { { "Origin", origin } } });
    }

    [Fact]
    public async Task Requests_beyond_the_per_address_limit_get_429_with_Retry_After_cached_answers_included()
    {
        using var limited = app.WithWebHostBuilder(host => host.UseSetting("Fandom:Api:RequestsPerMinute", "3"));
        var client = limited.CreateClient();
        // The same address thrice: the second and third come from the output cache and still count.
        for (var i = 0; i < 3; i++) Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/categories")).StatusCode);

        var refused = await client.GetAsync("/api/v1/categories");
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        var retryAfter = refused.Headers.RetryAfter?.Delta;
        Assert.True(retryAfter is { } wait && wait > TimeSpan.Zero && wait <= TimeSpan.FromMinutes(1), $"Retry-After: {refused.Headers.RetryAfter}");
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.Equal(429, (await Problem(refused)).GetProperty("status").GetInt32());
        Assert.Equal(HttpStatusCode.TooManyRequests, (await client.GetAsync("/api/v1/articles")).StatusCode);

        // Reader pages are not the API's limit.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task The_OpenAPI_document_lists_every_api_endpoint_and_nothing_else()
    {
        var response = await app.Reader().GetAsync("/openapi/v1.json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = await JsonAsync(response);
        Assert.Equal("Fandom content API", document.GetProperty("info").GetProperty("title").GetString());
        var paths = document.GetProperty("paths").EnumerateObject().ToDictionary(p => p.Name, p => p.Value);

        // Every API route the app maps, found from the routes themselves, is documented; no reader or staff page is.
        var routes = app.Services.GetRequiredService<Microsoft.AspNetCore.Routing.EndpointDataSource>().Endpoints
            .OfType<Microsoft.AspNetCore.Routing.RouteEndpoint>()
            .Select(e => "/" + e.RoutePattern.RawText!.TrimStart('/'))
            .Where(p => p.StartsWith("/api/v1/", StringComparison.Ordinal))
            .Distinct().Order().ToList();
        Assert.Equal(["/api/v1/articles", "/api/v1/articles/{slug}", "/api/v1/authors", "/api/v1/categories", "/api/v1/people", "/api/v1/quotes", "/api/v1/tags"], routes);
        Assert.Equal(routes, paths.Keys.Order().ToList());

        foreach (var (path, item) in paths)
        {
            var get = item.GetProperty("get");
            Assert.True(get.TryGetProperty("summary", out _), $"{path} has no summary");
            var ok = get.GetProperty("responses").GetProperty("200").GetProperty("content");
            Assert.Equal(["application/json"], ok.EnumerateObject().Select(c => c.Name).ToList());
            Assert.True(ok.GetProperty("application/json").TryGetProperty("schema", out _), $"{path} has no schema");
            foreach (var code in new[] { "304", "400", "429" }) Assert.True(get.GetProperty("responses").TryGetProperty(code, out _), $"{path} does not document {code}");
        }
        var article = document.GetProperty("components").GetProperty("schemas").GetProperty("ArticleResource").GetProperty("properties");
        foreach (var field in new[] { "slug", "title", "bodyHtml", "authors", "tags", "hero" }) Assert.True(article.TryGetProperty(field, out _), field);
    }

    private static async Task<HttpResponseMessage> GetAsync(HttpClient client, string url, EntityTagHeaderValue etag)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.IfNoneMatch.Add(etag);
        return await client.SendAsync(request);
    }

    private static async Task<JsonElement> JsonAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await JsonAsync(response);
    }

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response)
    {
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    private static async Task<JsonElement> Problem(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

    private static List<string> SlugsIn(JsonElement list) =>
        list.GetProperty("items").EnumerateArray().Select(a => a.GetProperty("slug").GetString()!).ToList();

    private static IEnumerable<string> PropertyNames(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => PropertyNames(p.Value).Prepend(p.Name)),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(PropertyNames),
        _ => [],
    };
}

public sealed class ContentApiTestsOnSqlite(SqliteApp app) : ContentApiTests(app), IClassFixture<SqliteApp>;

public sealed class ContentApiTestsOnPostgres(PostgresApp app) : ContentApiTests(app), IClassFixture<PostgresApp>;
