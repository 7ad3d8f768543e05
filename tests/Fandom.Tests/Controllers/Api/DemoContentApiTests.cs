using System.Net;
using System.Text.Json;
using Fandom.Data.Entities;
using Fandom.Tests.Support;
using Fandom.Web.Content;
using Fandom.Web.Data.Demo;

namespace Fandom.Tests.Controllers.Api;

/// <summary>The demo newsroom, seeded as a first `dotnet run` does, fills every list of the content API, and only with what readers see.</summary>
public sealed class DemoContentApiTests(DemoSqliteApp app) : IClassFixture<DemoSqliteApp>
{
    [Fact]
    public async Task Every_api_list_shows_demo_content_and_none_of_the_unpublished_stories()
    {
        var client = app.Reader();
        var texts = new List<string>();
        foreach (var list in new[] { "/api/v1/articles?pageSize=100", "/api/v1/categories", "/api/v1/tags", "/api/v1/authors", "/api/v1/people", "/api/v1/quotes" })
        {
            var response = await client.GetAsync(list);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var text = await response.Content.ReadAsStringAsync();
            Assert.True(JsonDocument.Parse(text).RootElement.GetProperty("items").GetArrayLength() > 0, $"{list} is empty");
            texts.Add(text);
        }

        var articles = JsonDocument.Parse(texts[0]).RootElement.GetProperty("items").EnumerateArray().ToList();
        var published = DemoNewsroom.Articles.Concat(DemoNewsroom.Briefs).Where(a => a.Status == ArticleStatus.Published && a.PublishedDaysAgo > 0).ToList();
        Assert.Equal(published.Select(a => Slugs.From(a.Title)).Order(), articles.Select(a => a.GetProperty("slug").GetString()!).Order());
        // Heroes come with the image's credit, as the article page shows it.
        Assert.Contains(articles, a => a.GetProperty("hero").ValueKind == JsonValueKind.Object && a.GetProperty("hero").GetProperty("credit").GetString() is { Length: > 0 });

        foreach (var unpublished in DemoNewsroom.Articles.Where(a => a.Status != ArticleStatus.Published || a.PublishedDaysAgo < 0))
        {
            Assert.DoesNotContain(unpublished.Title, string.Join("\n", texts));
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/v1/articles/{Slugs.From(unpublished.Title)}")).StatusCode);
        }
    }
}
