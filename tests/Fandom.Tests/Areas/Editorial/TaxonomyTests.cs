using System.Net;
using Fandom.Data.Entities;
using Fandom.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Fandom.Tests.Areas.Editorial;

/// <summary>Editors keep categories and tags tidy without breaking a single reader link.</summary>
public abstract class TaxonomyTests(FandomApp app)
{
    [Fact]
    public async Task Merging_a_category_moves_every_article_and_its_old_addresses_redirect()
    {
        var source = await app.CategoryAsync("Anime Merge Source");
        var target = await app.CategoryAsync("Anime Merge Target");
        var onlySource = await ArticleInAsync("Only in source one", source);
        var onlySource2 = await ArticleInAsync("Only in source two", source);
        var both = await ArticleInAsync("In both sections", source, target);
        var onlyTarget = await ArticleInAsync("Only in target", target);
        var articlesBefore = await app.WithDbAsync(db => db.Articles.CountAsync());

        using var editor = await app.SignInAsNewAsync(Roles.Editor);
        var page = await editor.GetAsync($"/editorial/categories/{source}");
        var merged = await editor.SubmitAsync(page, "form.merge-form", new() { ["targetId"] = target.ToString() }, button: "Merge category");
        Assert.Equal("Categories merged; the old address redirects.", await editor.FollowAsync(merged));

        await app.WithDbAsync(async db =>
        {
            Assert.False(await db.Categories.AnyAsync(c => c.Id == source));
            Assert.Equal(articlesBefore, await db.Articles.CountAsync());
            var inTarget = await db.Articles.Where(a => a.Categories.Any(c => c.Id == target)).Select(a => a.Id).OrderBy(id => id).ToListAsync();
            Assert.Equal(new[] { onlySource.Id, onlySource2.Id, both.Id, onlyTarget.Id }.Order(), inTarget);
            return 0;
        });
        var reader = app.Reader();
        await AssertMovedAsync(reader, "/category/anime-merge-source", "/category/anime-merge-target");
        await AssertMovedAsync(reader, "/category/anime-merge-source/feed", "/category/anime-merge-target/feed");
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync("/category/anime-merge-target")).StatusCode);
    }

    [Fact]
    public async Task Renaming_a_category_keeps_its_old_address_alive_and_a_new_category_can_reclaim_it()
    {
        var id = await app.CategoryAsync("Comics Rename");
        await ArticleInAsync("A comics story", id);
        using var editor = await app.SignInAsNewAsync(Roles.Editor);
        var page = await editor.GetAsync($"/editorial/categories/{id}");
        var saved = await editor.SubmitAsync(page, "form.category-form", new() { ["Name"] = "Graphic Novels", ["Slug"] = "", ["Description"] = "Panels and pages." });
        Assert.Equal("Category saved.", await editor.FollowAsync(saved));

        var reader = app.Reader();
        await AssertMovedAsync(reader, "/category/comics-rename", "/category/graphic-novels");
        await AssertMovedAsync(reader, "/category/comics-rename/feed", "/category/graphic-novels/feed");
        var listing = await new BrowserSession(app.Reader()).GetAsync("/category/graphic-novels");
        Assert.Equal("Graphic Novels", listing.QuerySelector("h1")!.TextContent.Trim());

        var list = await editor.GetAsync("/editorial/categories");
        var created = await editor.SubmitAsync(list, "form.new-category-form", new() { ["NewCategory.Name"] = "Comics Rename" }, button: "Create category");
        Assert.Equal("Category Comics Rename created.", await editor.FollowAsync(created));
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync("/category/comics-rename")).StatusCode);
    }

    [Fact]
    public async Task A_category_is_deleted_only_when_empty_and_can_be_reordered()
    {
        var busy = await app.CategoryAsync("Busy Section");
        var empty = await app.CategoryAsync("Empty Section");
        await ArticleInAsync("Keeps the section busy", busy);
        using var editor = await app.SignInAsNewAsync(Roles.Editor);

        var busyPage = await editor.GetAsync($"/editorial/categories/{busy}");
        Assert.Null(busyPage.QuerySelector("form.delete-form"));
        var refused = await editor.PostWithTokenAsync(busyPage, $"/editorial/categories/{busy}/delete");
        Assert.Equal("Busy Section still has articles: merge it into another category instead.", await editor.FollowAsync(refused));
        Assert.True(await app.WithDbAsync(db => db.Categories.AnyAsync(c => c.Id == busy)));

        var emptyPage = await editor.GetAsync($"/editorial/categories/{empty}");
        Assert.Equal("Category deleted.", await editor.FollowAsync(await editor.SubmitAsync(emptyPage, "form.delete-form")));
        Assert.False(await app.WithDbAsync(db => db.Categories.AnyAsync(c => c.Id == empty)));

        var last = await app.CategoryAsync("Zeta Last Section");
        var list = await editor.GetAsync("/editorial/categories");
        var names = list.QuerySelectorAll(".categories-table .category-name").Select(a => a.TextContent).ToList();
        var up = list.QuerySelectorAll($"form[action='/editorial/categories/{last}/move']").First();
        await editor.Client.PostAsync(up.GetAttribute("action"), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["direction"] = "-1", ["__RequestVerificationToken"] = up.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!,
        }));
        var after = (await editor.GetAsync("/editorial/categories")).QuerySelectorAll(".categories-table .category-name").Select(a => a.TextContent).ToList();
        Assert.Equal(names.IndexOf("Zeta Last Section") - 1, after.IndexOf("Zeta Last Section"));
    }

    [Fact]
    public async Task Renaming_and_merging_tags_keeps_every_article_and_redirects_the_old_tag_pages()
    {
        var first = await ArticleTaggedAsync("Tagged with sci fi", "Sci Fi Rename");
        var second = await ArticleTaggedAsync("Tagged with science fiction", "Science Fiction Merge");
        using var editor = await app.SignInAsNewAsync(Roles.Editor);
        var reader = app.Reader();

        var tagId = await app.WithDbAsync(db => db.Tags.Where(t => t.Slug == "sci-fi-rename").Select(t => t.Id).SingleAsync());
        var page = await editor.GetAsync($"/editorial/tags/{tagId}");
        Assert.Equal("Tag renamed.", await editor.FollowAsync(await editor.SubmitAsync(page, "form.tag-form", new() { ["Name"] = "SF Renamed" })));
        await AssertMovedAsync(reader, "/tag/sci-fi-rename", "/tag/sf-renamed");

        var sourceId = await app.WithDbAsync(db => db.Tags.Where(t => t.Slug == "science-fiction-merge").Select(t => t.Id).SingleAsync());
        page = await editor.GetAsync($"/editorial/tags/{sourceId}");
        var merged = await editor.SubmitAsync(page, "form.merge-form", new() { ["targetId"] = tagId.ToString() }, button: "Merge tag");
        Assert.Equal("Tags merged; the old address redirects.", await editor.FollowAsync(merged));
        await AssertMovedAsync(reader, "/tag/science-fiction-merge", "/tag/sf-renamed");

        // No chains: the first tag's old address now leads straight to the final one.
        await AssertMovedAsync(reader, "/tag/sci-fi-rename", "/tag/sf-renamed");
        var tagged = await app.WithDbAsync(db => db.Articles.Where(a => a.Tags.Any(t => t.Id == tagId)).Select(a => a.Id).OrderBy(i => i).ToListAsync());
        Assert.Equal(new[] { first.Id, second.Id }.Order(), tagged);
    }

    private static async Task AssertMovedAsync(HttpClient reader, string from, string to)
    {
        var response = await reader.GetAsync(from);
        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal(to, response.Headers.Location!.OriginalString);
    }

    private async Task<ArticleRef> ArticleInAsync(string title, params int[] categoryIds)
    {
        var article = await app.ArticleAsync(title);
        await app.WithDbAsync(async db =>
        {
            var entity = await db.Articles.Include(a => a.Categories).SingleAsync(a => a.Id == article.Id);
            entity.Categories.AddRange(await db.Categories.Where(c => categoryIds.Contains(c.Id)).ToListAsync());
            return await db.SaveChangesAsync();
        });
        return article;
    }

    private async Task<ArticleRef> ArticleTaggedAsync(string title, string tag)
    {
        var article = await app.ArticleAsync(title);
        await app.WithDbAsync(async db =>
        {
            var entity = await db.Articles.Include(a => a.Tags).SingleAsync(a => a.Id == article.Id);
            entity.Tags.Add(new Tag { Name = tag, Slug = Fandom.Web.Content.Slugs.From(tag) });
            return await db.SaveChangesAsync();
        });
        return article;
    }
}

public sealed class TaxonomyTestsOnSqlite(SqliteApp app) : TaxonomyTests(app), IClassFixture<SqliteApp>;

public sealed class TaxonomyTestsOnPostgres(PostgresApp app) : TaxonomyTests(app), IClassFixture<PostgresApp>;
