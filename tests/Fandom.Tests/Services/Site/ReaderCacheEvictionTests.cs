using System.Net;
using AngleSharp.Html.Dom;
using Fandom.Data.Entities;
using Fandom.Tests.Support;
using Fandom.Web.Services;
using Fandom.Web.Services.Editorial;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Fandom.Tests.Services.Site;

/// <summary>
/// What a change evicts from the reader cache: an article's save reaches the pages that show it and no others,
/// a draft reaches none, and taking an article down removes it at once from every page that showed it.
/// </summary>
public abstract class ReaderCacheEvictionTests(FandomApp app, SqlCounter sql)
{
    private static List<string> Titles(IHtmlDocument page) =>
        page.QuerySelectorAll(".lead-title a, .card-title a").Select(a => a.TextContent.Trim()).ToList();

    private async Task<IHtmlDocument> PageAsync(string url)
    {
        var response = await app.Reader().GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await BrowserSession.ParseAsync(response);
    }

    /// <summary>Each page served from the cache: no SQL at all, and an Age header.</summary>
    private async Task AssertCachedAsync(params string[] urls)
    {
        sql.Reset();
        foreach (var url in urls)
        {
            var response = await app.Reader().GetAsync(url);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.True(response.Headers.Age is not null, $"{url} was not served from the cache");
        }
        Assert.Equal(0, sql.Count);
    }

    private async Task WarmAsync(params string[] urls)
    {
        foreach (var url in urls) await PageAsync(url);
        await AssertCachedAsync(urls);
    }

    private async Task SaveAsync(ArticleRef article, StaffCredentials editor, Func<EditableArticle, ArticleDraft> change,
        ArticleTransition transition = ArticleTransition.None)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var editorial = scope.ServiceProvider.GetRequiredService<EditorialService>();
        var current = (await editorial.EditableAsync(article.Id))!;
        var outcome = await editorial.SaveAsync(article.Id, change(current), transition, new Actor(editor.Id, editor.DisplayName));
        Assert.Null(outcome.Error);
    }

    private static ArticleDraft AsDraft(EditableArticle a, string? title = null) => new(
        title ?? a.Title, a.Dek, a.Body, a.CategoryIds, a.TagNames, a.ContentNotes, a.Slug, a.PublishAtUtc, a.UnpublishAtUtc,
        a.SeoTitle, a.SeoDescription, a.ConcurrencyStamp);

    [Fact]
    public async Task Editing_a_published_article_shows_on_its_page_home_and_category_at_once_and_leaves_unrelated_pages_cached()
    {
        var key = Guid.NewGuid().ToString("N")[..8];
        var editor = await app.CreateStaffAsync(Roles.Editor);
        var elsewhere = await app.CategoryAsync($"Elsewhere {key}");
        var section = await app.CategoryAsync($"Section {key}");
        var unrelated = await app.ArticleAsync($"Unrelated {key}", categories: [elsewhere], tags: [$"Far {key}"]);
        app.Clock.Advance(TimeSpan.FromMinutes(1));
        var alsoUnrelated = await app.ArticleAsync($"Also unrelated {key}", categories: [elsewhere], tags: [$"Far {key}"]);
        app.Clock.Advance(TimeSpan.FromMinutes(1));
        var edited = await app.ArticleAsync($"Before the edit {key}", categories: [section], tags: [$"Near {key}"]);
        var sectionUrl = $"/category/{Fandom.Web.Content.Slugs.From($"Section {key}")}";
        var elsewhereUrl = $"/category/{Fandom.Web.Content.Slugs.From($"Elsewhere {key}")}";
        await WarmAsync(unrelated.Url, elsewhereUrl, edited.Url, "/", sectionUrl);

        await SaveAsync(edited, editor, a => AsDraft(a, $"After the edit {key}"));

        await AssertCachedAsync(unrelated.Url, elsewhereUrl);
        Assert.Equal($"After the edit {key}", (await PageAsync(edited.Url)).QuerySelector("h1")!.TextContent);
        Assert.Contains($"After the edit {key}", Titles(await PageAsync("/")));
        Assert.Contains($"After the edit {key}", Titles(await PageAsync(sectionUrl)));
        Assert.DoesNotContain($"Before the edit {key}", Titles(await PageAsync(sectionUrl)));
        // The neighbour links to it, so its page shows the new title too.
        var neighbour = await PageAsync(alsoUnrelated.Url);
        Assert.Contains($"After the edit {key}", neighbour.QuerySelector(".prev-next a[rel=next]")!.TextContent);
    }

    [Fact]
    public async Task Saving_a_draft_or_autosaving_leaves_every_cached_page_cached()
    {
        var key = Guid.NewGuid().ToString("N")[..8];
        var author = await app.CreateStaffAsync(Roles.Author);
        var section = await app.CategoryAsync($"Drafts {key}");
        var published = await app.ArticleAsync($"Out already {key}", categories: [section], tags: [$"Shared {key}"], author: author);
        var draft = await app.ArticleAsync($"Not yet {key}", categories: [section], tags: [$"Shared {key}"], author: author, status: ArticleStatus.Draft);
        var urls = new[] { "/", published.Url, $"/category/{Fandom.Web.Content.Slugs.From($"Drafts {key}")}",
            $"/tag/{Fandom.Web.Content.Slugs.From($"Shared {key}")}", "/feed", "/sitemap.xml" };
        await WarmAsync(urls);

        await SaveAsync(draft, author, a => AsDraft(a, $"Still not yet {key}"));
        await app.WithServiceAsync<AutosaveService, DateTime>(s => s.SaveAsync(draft.Id, new Actor(author.Id, author.DisplayName), "{}", null));

        await AssertCachedAsync(urls);
    }

    [Fact]
    public async Task Unpublishing_an_article_removes_it_at_once_from_every_page_that_showed_it()
    {
        var key = Guid.NewGuid().ToString("N")[..8];
        var editor = await app.CreateStaffAsync(Roles.Editor);
        var tag = $"Gone {key}";
        var relative = await app.ArticleAsync($"Relative {key}", tags: [tag]);
        app.Clock.Advance(TimeSpan.FromMinutes(1));
        var before = await app.ArticleAsync($"Before {key}");
        app.Clock.Advance(TimeSpan.FromMinutes(1));
        var leaving = await app.ArticleAsync($"Leaving {key}", tags: [tag]);
        app.Clock.Advance(TimeSpan.FromMinutes(1));
        var after = await app.ArticleAsync($"After {key}");
        var tagUrl = $"/tag/{Fandom.Web.Content.Slugs.From(tag)}";
        await WarmAsync(leaving.Url, before.Url, after.Url, relative.Url, "/", tagUrl, "/feed", "/sitemap.xml");
        Assert.Contains($"Leaving {key}", (await PageAsync(relative.Url)).QuerySelectorAll(".related .card-title a").Select(a => a.TextContent));
        Assert.Equal(leaving.Url, (await PageAsync(before.Url)).QuerySelector(".prev-next a[rel=next]")!.GetAttribute("href"));

        var taken = await app.WithServiceAsync<WorkflowService, Outcome<WorkflowError>>(w => w.UnpublishAsync(leaving.Id, new Actor(editor.Id, editor.DisplayName)));
        Assert.True(taken.Succeeded);

        Assert.Equal(HttpStatusCode.NotFound, (await app.Reader().GetAsync(leaving.Url)).StatusCode);
        Assert.Equal(after.Url, (await PageAsync(before.Url)).QuerySelector(".prev-next a[rel=next]")!.GetAttribute("href"));
        Assert.Equal(before.Url, (await PageAsync(after.Url)).QuerySelector(".prev-next a[rel=prev]")!.GetAttribute("href"));
        Assert.DoesNotContain($"Leaving {key}", (await PageAsync(relative.Url)).QuerySelectorAll(".related .card-title a").Select(a => a.TextContent));
        Assert.DoesNotContain($"Leaving {key}", Titles(await PageAsync("/")));
        Assert.DoesNotContain($"Leaving {key}", Titles(await PageAsync(tagUrl)));
        Assert.DoesNotContain(leaving.Url, await app.Reader().GetStringAsync("/feed"));
        Assert.DoesNotContain(leaving.Url, await app.Reader().GetStringAsync("/sitemap.xml"));
    }

    [Fact]
    public async Task An_article_changed_by_any_save_leaves_its_cached_pages_once_the_transaction_commits()
    {
        var key = Guid.NewGuid().ToString("N")[..8];
        var unrelated = await app.ArticleAsync($"Left alone {key}");
        app.Clock.Advance(TimeSpan.FromMinutes(1));
        await app.ArticleAsync($"Its neighbour {key}");
        app.Clock.Advance(TimeSpan.FromMinutes(1));
        var article = await app.ArticleAsync($"Saved anywhere {key}");
        await WarmAsync(article.Url, "/", unrelated.Url);

        await app.WithDbAsync(async db =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            (await db.Articles.SingleAsync(a => a.Id == article.Id)).Title = $"Renamed anywhere {key}";
            await db.SaveChangesAsync();
            // Evicting before the commit would let a reader cache the old row again in between.
            await AssertCachedAsync(article.Url, "/");
            await transaction.CommitAsync();
            return true;
        });

        Assert.Equal($"Renamed anywhere {key}", (await PageAsync(article.Url)).QuerySelector("h1")!.TextContent);
        Assert.Contains($"Renamed anywhere {key}", Titles(await PageAsync("/")));
        await AssertCachedAsync(unrelated.Url);
    }

    [Fact]
    public async Task Deleting_an_article_removes_it_at_once_from_the_pages_that_showed_it()
    {
        var key = Guid.NewGuid().ToString("N")[..8];
        var editor = await app.CreateStaffAsync(Roles.Editor);
        var tag = $"Deleted {key}";
        await app.ArticleAsync($"Staying story {key}", tags: [tag]);
        var deleted = await app.ArticleAsync($"Deleted story {key}", tags: [tag]);
        var tagUrl = $"/tag/{Fandom.Web.Content.Slugs.From(tag)}";
        await WarmAsync(deleted.Url, "/", tagUrl);

        var gone = await app.WithServiceAsync<WorkflowService, Outcome<WorkflowError>>(w => w.DeleteAsync(deleted.Id, new Actor(editor.Id, editor.DisplayName)));
        Assert.True(gone.Succeeded);

        Assert.Equal(HttpStatusCode.NotFound, (await app.Reader().GetAsync(deleted.Url)).StatusCode);
        Assert.DoesNotContain($"Deleted story {key}", Titles(await PageAsync("/")));
        Assert.DoesNotContain($"Deleted story {key}", Titles(await PageAsync(tagUrl)));
    }

    [Fact]
    public async Task Editing_a_persons_bio_shows_on_their_page_for_the_next_anonymous_reader_and_leaves_other_pages_cached()
    {
        var key = Guid.NewGuid().ToString("N")[..8];
        var speaker = $"Wren Halloway {key}";
        var slug = Fandom.Web.Content.Slugs.From(speaker);
        await app.ArticleAsync($"Quoting {key}", $"Intro.\n\n> “Every fandom starts with one good story.”\n>\n> — {speaker}");
        var unrelated = await app.ArticleAsync($"Unrelated to the person {key}");
        var personUrl = $"/people/{slug}";
        await WarmAsync(personUrl, unrelated.Url);

        using var editor = await app.SignInAsNewAsync(Roles.Editor);
        var id = await app.WithDbAsync(db => Task.FromResult(db.People.Single(p => p.Slug == slug).Id));
        var form = await editor.GetAsync($"/editorial/people/{id}");
        var saved = await editor.SubmitAsync(form, "form.person-form", new() { ["Bio"] = $"Showrunner, new bio {key}." });
        Assert.Equal("Person saved.", await editor.FollowAsync(saved));

        Assert.Equal($"Showrunner, new bio {key}.", (await PageAsync(personUrl)).QuerySelector(".listing-description")!.TextContent);
        await AssertCachedAsync(unrelated.Url);
    }

    [Fact]
    public async Task Saving_the_site_settings_shows_on_the_cached_front_page_at_once()
    {
        var key = Guid.NewGuid().ToString("N")[..8];
        await app.ArticleAsync($"On the front {key}");
        await WarmAsync("/");

        using var admin = await app.SignInAsNewAsync(Roles.Admin);
        var form = await admin.GetAsync("/admin/settings");
        var saved = await admin.SubmitAsync(form, "form.settings-form", new() { ["Tagline"] = $"Tagline {key}" });
        Assert.Equal("Settings saved.", await admin.FollowAsync(saved));

        Assert.Equal($"Tagline {key}", (await PageAsync("/")).QuerySelector(".tagline")!.TextContent);
    }
}

public sealed class ReaderCacheEvictionTestsOnSqlite(QueryCountingApp app) : ReaderCacheEvictionTests(app, app.Sql), IClassFixture<QueryCountingApp>;

public sealed class ReaderCacheEvictionTestsOnPostgres(QueryCountingPostgresApp app) : ReaderCacheEvictionTests(app, app.Sql), IClassFixture<QueryCountingPostgresApp>;
