using System.Text.Json;
using Fandom.Web.Models;
using Fandom.Web.Services.Articles;

namespace Fandom.Tests.Models;

public sealed class ArticleViewModelTests
{
    private static readonly ArticleDetail Article = new(
        1, "Headline", "headline", "The dek", "<p>Body</p>", "Excerpt", 300, null, null, null,
        new DateTime(2026, 6, 1, 9, 0, 0, DateTimeKind.Utc), new DateTime(2026, 6, 2, 10, 0, 0, DateTimeKind.Utc),
        [new AuthorLink("Sam Reyes", "sam-reyes")], [new TermLink("Pop Culture", "pop-culture")], []);

    private static readonly ArticleSurroundings Nothing = new([], null, null);

    [Fact]
    public void Json_ld_has_the_image_and_its_credit_when_the_article_has_a_hero()
    {
        var model = new ArticleViewModel(Article, Nothing, "https://fandom.example", "Fandom")
        {
            ImageUrl = "https://fandom.example/media/2026/06/hero.jpg", ImageCredit = "Photo: Ana Lee",
        };
        var json = JsonDocument.Parse(model.JsonLd).RootElement;
        Assert.Equal("https://fandom.example/media/2026/06/hero.jpg", json.GetProperty("image").GetProperty("url").GetString());
        Assert.Equal("Photo: Ana Lee", json.GetProperty("image").GetProperty("creditText").GetString());
        Assert.Equal("2026-06-01T09:00:00Z", json.GetProperty("datePublished").GetString());
        Assert.Equal("2026-06-02T10:00:00Z", json.GetProperty("dateModified").GetString());
        Assert.Equal("https://fandom.example/author/sam-reyes", json.GetProperty("author")[0].GetProperty("url").GetString());
    }

    [Fact]
    public void Json_ld_has_no_image_without_a_hero_and_escapes_markup()
    {
        var model = new ArticleViewModel(Article with { Title = "</script><b>" }, Nothing, "https://fandom.example", "Fandom");
        Assert.False(JsonDocument.Parse(model.JsonLd).RootElement.TryGetProperty("image", out _));
        Assert.DoesNotContain("<", model.JsonLd);
    }
}
