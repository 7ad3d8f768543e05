using System.Net;
using Fandom.Data.Entities;
using Fandom.Tests.Support;
using Fandom.Web.Content;
using Fandom.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Fandom.Tests.Services;

/// <summary>Quotes are first-class: recorded on save, kept in a library, listed on person pages.</summary>
public abstract class QuoteLibraryTests(FandomApp app)
{
    private static string Unique(string name) => $"{name} {Guid.NewGuid().ToString("N")[..6]}";

    [Fact]
    public async Task An_inline_attributed_quote_is_recorded_once_and_its_person_page_lists_it()
    {
        var speaker = Unique("Alice Oseman");
        var body = $"Intro.\n\n> “I definitely want to be bringing in the themes of mental health.”\n>\n> — {speaker}, [Digital Spy](https://www.digitalspy.com/)";
        var article = await app.ArticleAsync(Unique("Heartstopper season two"), body);
        var slug = Slugs.From(speaker);

        var page = await new BrowserSession(app.Reader()).GetAsync(article.Url);
        Assert.Equal($"/people/{slug}", page.QuerySelector(".article-body figure.quote figcaption .quote-speaker a")!.GetAttribute("href"));

        await ResaveAsync(article.Id);
        var (quotes, links) = await app.WithDbAsync(async db => (
            await db.Quotes.CountAsync(q => q.Speaker!.Slug == slug),
            await db.Articles.Where(a => a.Id == article.Id).SelectMany(a => a.Quotes).CountAsync()));
        Assert.Equal(1, quotes);
        Assert.Equal(1, links);

        var person = await new BrowserSession(app.Reader()).GetAsync($"/people/{slug}");
        Assert.Equal(speaker, person.QuerySelector("h1")!.TextContent);
        var figure = Assert.Single(person.QuerySelectorAll(".person-quotes figure.quote"));
        Assert.Contains("themes of mental health", figure.QuerySelector("blockquote")!.TextContent);
        Assert.Equal("Digital Spy", figure.QuerySelector("cite a")!.TextContent);
        Assert.Contains(person.QuerySelectorAll(".person-articles .card-title a"), a => a.GetAttribute("href") == article.Url);
    }

    [Fact]
    public async Task A_quote_dropped_from_the_body_leaves_the_library_and_the_person_page()
    {
        var speaker = Unique("Nadia Voss");
        var article = await app.ArticleAsync(Unique("Grief as weather"), $"> It’s the weather in this town.\n>\n> — {speaker}");
        Assert.Equal(HttpStatusCode.OK, (await app.Reader().GetAsync($"/people/{Slugs.From(speaker)}")).StatusCode);

        await ResaveAsync(article.Id, "No quotes any more.");

        Assert.Equal(0, await app.WithDbAsync(db => db.Quotes.CountAsync(q => q.Speaker!.Name == speaker)));
        Assert.Equal(HttpStatusCode.NotFound, (await app.Reader().GetAsync($"/people/{Slugs.From(speaker)}")).StatusCode);
    }

    [Fact]
    public async Task A_quote_in_an_unpublished_draft_does_not_reach_the_person_page()
    {
        var speaker = Unique("Hollis Grey");
        var author = await app.CreateStaffAsync(Roles.Author);
        await app.WithServiceAsync<Fandom.Web.Services.Editorial.EditorialService, int>(async editorial =>
            await editorial.CreateAsync(Draft(Unique("Secret draft"), $"> Not yet.\n>\n> — {speaker}"), new(author.Id, author.DisplayName)));

        Assert.Equal(1, await app.WithDbAsync(db => db.Quotes.CountAsync(q => q.Speaker!.Name == speaker)));
        Assert.Equal(HttpStatusCode.NotFound, (await app.Reader().GetAsync($"/people/{Slugs.From(speaker)}")).StatusCode);
    }

    [Fact]
    public async Task An_editor_adds_a_quote_to_the_library_and_an_article_embeds_it()
    {
        using var editor = await app.SignInAsNewAsync(Roles.Editor);
        var speaker = Unique("Dev Okafor");
        var id = await AddQuoteAsync(editor, "The lanterns had to be real.", speaker);

        var library = await editor.GetAsync($"/editorial/quotes?q={Uri.EscapeDataString(speaker)}");
        Assert.Contains(library.QuerySelectorAll(".quote-table code"), c => c.TextContent == $"{{{{quote {id}}}}}");

        var article = await app.ArticleAsync(Unique("Practical effects"), $"Intro.\n\n{{{{quote {id}}}}}");
        var page = await new BrowserSession(app.Reader()).GetAsync(article.Url);
        var figure = page.QuerySelector(".article-body figure.quote")!;
        Assert.Equal("The lanterns had to be real.", figure.QuerySelector("blockquote p")!.TextContent);
        Assert.Equal(speaker, figure.QuerySelector(".quote-speaker a")!.TextContent);
        Assert.Equal("Screen Ledger", figure.QuerySelector("cite a")!.TextContent);

        var person = await new BrowserSession(app.Reader()).GetAsync($"/people/{Slugs.From(speaker)}");
        Assert.Contains(person.QuerySelectorAll(".person-articles .card-title a"), a => a.GetAttribute("href") == article.Url);
    }

    [Fact]
    public async Task Editing_a_library_quote_updates_every_article_that_embeds_it()
    {
        using var editor = await app.SignInAsNewAsync(Roles.Editor);
        var id = await AddQuoteAsync(editor, "First wording.", Unique("Sol Ferreira"));
        var first = await app.ArticleAsync(Unique("One"), $"{{{{quote {id}}}}}");
        var second = await app.ArticleAsync(Unique("Two"), $"Text.\n\n{{{{quote {id}}}}}");

        var form = await editor.GetAsync($"/editorial/quotes/{id}");
        var saved = await editor.SubmitAsync(form, "form.quote-form", new() { ["Text"] = "Second wording." }, button: "Save quote");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        foreach (var article in new[] { first, second })
        {
            var page = await new BrowserSession(app.Reader()).GetAsync(article.Url);
            Assert.Equal("Second wording.", page.QuerySelector(".article-body figure.quote blockquote p")!.TextContent);
        }
    }

    [Fact]
    public async Task An_author_may_add_quotes_but_only_editors_edit_them()
    {
        using var author = await app.SignInAsNewAsync(Roles.Author);
        var id = await AddQuoteAsync(author, "Authors can add.", Unique("Rin Takeda"));
        Assert.Equal(HttpStatusCode.Forbidden, (await author.Client.GetAsync($"/editorial/quotes/{id}")).StatusCode);
    }

    [Fact]
    public async Task An_invalid_quote_form_is_shown_again_with_what_was_typed()
    {
        using var editor = await app.SignInAsNewAsync(Roles.Editor);
        var form = await editor.GetAsync("/editorial/quotes/new");
        var response = await editor.SubmitAsync(form, "form.quote-form", new() { ["Text"] = "Words without a speaker.", ["SourceUrl"] = "not a url" }, button: "Save quote");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await BrowserSession.ParseAsync(response);
        Assert.Equal("Words without a speaker.", page.QuerySelector("textarea#Text")!.TextContent);
        Assert.Contains(page.QuerySelectorAll(".field-error"), e => e.TextContent.Length > 0);
    }

    [Fact]
    public async Task A_missing_library_quote_renders_nothing_for_readers_and_is_flagged_in_the_editor()
    {
        using var editor = await app.SignInAsNewAsync(Roles.Editor);
        var article = await app.ArticleAsync(Unique("Missing quote"), "Before.\n\n{{quote 987654}}\n\nAfter.");
        var page = await new BrowserSession(app.Reader()).GetAsync(article.Url);
        Assert.Empty(page.QuerySelectorAll(".article-body figure"));
        Assert.Equal(["Before.", "After."], page.QuerySelectorAll(".article-body p").Select(p => p.TextContent));

        var form = await editor.GetAsync($"/editorial/articles/{article.Id}");
        Assert.Contains("{{quote 987654}}", form.QuerySelector(".quote-missing")!.TextContent);
        Assert.NotNull(form.QuerySelector("details.quote-picker summary"));
    }

    [Fact]
    public async Task A_newer_pipeline_re_renders_stored_articles_at_start_up()
    {
        var article = await app.ArticleAsync(Unique("Stale render"), "> Old words.\n>\n> — Sam Reyes");
        await app.WithDbAsync(db => db.Articles.Where(a => a.Id == article.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.RenderVersion, ContentRenderer.Version - 1).SetProperty(a => a.BodyHtml, "<p>stale</p>")));

        await app.Services.InitializeDatabaseAsync();

        var stored = await app.WithDbAsync(db => db.Articles.Where(a => a.Id == article.Id).Select(a => new { a.RenderVersion, a.BodyHtml }).SingleAsync());
        Assert.Equal(ContentRenderer.Version, stored.RenderVersion);
        Assert.StartsWith("<figure class=\"quote\">", stored.BodyHtml);
    }

    [Fact]
    public async Task A_new_speaker_whose_slug_is_taken_gets_a_unique_one()
    {
        var name = Unique("Jo Park");
        await app.WithDbAsync(db =>
        {
            db.People.Add(new Person { Name = name + " Senior", Slug = Slugs.From(name) });
            return db.SaveChangesAsync();
        });
        await app.ArticleAsync(Unique("Two Jo Parks"), $"> Hello.\n>\n> — {name}!");

        var slug = await app.WithDbAsync(db => db.People.Where(p => p.Name == name + "!").Select(p => p.Slug).SingleAsync());
        Assert.Equal(Slugs.From(name) + "-2", slug);
    }

    [Fact]
    public async Task The_editor_picker_finds_library_quotes_by_speaker()
    {
        using var author = await app.SignInAsNewAsync(Roles.Author);
        var speaker = Unique("Ama Boateng");
        var id = await AddQuoteAsync(author, "Do less.", speaker);

        var response = await author.Client.GetAsync($"/editorial/quotes/picker?q={Uri.EscapeDataString(speaker)}");
        var picks = await System.Net.Http.Json.HttpContentJsonExtensions.ReadFromJsonAsync<List<Fandom.Web.Areas.Editorial.Models.QuotePick>>(response.Content);
        var pick = Assert.Single(picks!);
        Assert.Equal(new Fandom.Web.Areas.Editorial.Models.QuotePick(id, "Do less.", speaker, "Screen Ledger"), pick);
    }

    [Fact]
    public async Task An_editor_adds_and_edits_a_person_and_their_page_shows_the_bio()
    {
        using var editor = await app.SignInAsNewAsync(Roles.Editor);
        var name = Unique("Mara Ellison");
        var form = await editor.GetAsync("/editorial/people/new");
        var created = await editor.SubmitAsync(form, "form.person-form", new() { ["Name"] = name, ["Bio"] = "Novelist." }, button: "Save person");
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var id = await app.WithDbAsync(db => db.People.Where(p => p.Name == name).Select(p => p.Id).SingleAsync());

        var edit = await editor.GetAsync($"/editorial/people/{id}");
        await editor.SubmitAsync(edit, "form.person-form", new() { ["Bio"] = "Novelist and screenwriter." }, button: "Save person");
        await app.ArticleAsync(Unique("Ellison speaks"), $"> Warm stories.\n>\n> — {name}");

        var page = await new BrowserSession(app.Reader()).GetAsync($"/people/{Slugs.From(name)}");
        Assert.Equal("Novelist and screenwriter.", page.QuerySelector(".listing-description")!.TextContent);
        Assert.Single(page.QuerySelectorAll(".person-quotes figure.quote"));
    }

    [Fact]
    public async Task A_person_page_pages_the_articles_that_quote_them()
    {
        var speaker = Unique("Dev Okafor");
        var perPage = await app.WithServiceAsync<Fandom.Web.Services.Site.SiteSettingsService, int>(s => Task.FromResult(s.Current.ArticlesPerPage));
        for (var i = 0; i <= perPage; i++)
            await app.ArticleAsync(Unique($"Okafor interview {i}"), $"> Answer {i}.\n>\n> — {speaker}");
        var url = $"/people/{Slugs.From(speaker)}";

        var reader = new BrowserSession(app.Reader());
        var first = await reader.GetAsync(url);
        Assert.Equal(perPage, first.QuerySelectorAll(".person-articles .card").Length);
        Assert.Equal(perPage + 1, first.QuerySelectorAll(".person-quotes figure.quote").Length);
        var next = first.QuerySelector(".pager a[rel=next]")!.GetAttribute("href")!;
        Assert.Equal($"{url}?page=2", next);
        Assert.Single((await reader.GetAsync(next)).QuerySelectorAll(".person-articles .card"));
        Assert.Equal(HttpStatusCode.NotFound, (await app.Reader().GetAsync($"{url}?page=3")).StatusCode);
    }

    private async Task<int> AddQuoteAsync(BrowserSession staff, string text, string speaker)
    {
        var form = await staff.GetAsync("/editorial/quotes/new");
        var saved = await staff.SubmitAsync(form, "form.quote-form", new()
        {
            ["Text"] = text, ["Speaker"] = speaker, ["SourceName"] = "Screen Ledger",
            ["SourceUrl"] = "https://example.com/screen-ledger", ["SaidOn"] = "2026-05-02",
        }, button: "Save quote");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        return await app.WithDbAsync(db => db.Quotes.Where(q => q.Speaker!.Name == speaker && q.Text == text).Select(q => q.Id).SingleAsync());
    }

    private Task<int> ResaveAsync(int id, string? body = null) =>
        app.WithServiceAsync<Fandom.Web.Services.Editorial.EditorialService, int>(async editorial =>
        {
            var current = (await editorial.EditableAsync(id))!;
            var author = await app.WithDbAsync(db => db.Users.FirstAsync());
            var outcome = await editorial.SaveAsync(id, Draft(current.Title, body ?? current.Body) with { ConcurrencyStamp = current.ConcurrencyStamp },
                Fandom.Web.Services.Editorial.ArticleTransition.None, new(author.Id, author.DisplayName));
            Assert.Null(outcome.Error);
            return id;
        });

    internal static Fandom.Web.Services.Editorial.ArticleDraft Draft(string title, string body) =>
        new(title, null, body, [], [], null, null, null, null, null, null, null);
}

public sealed class QuoteLibraryTestsOnSqlite(SqliteApp app) : QuoteLibraryTests(app), IClassFixture<SqliteApp>;

public sealed class QuoteLibraryTestsOnPostgres(PostgresApp app) : QuoteLibraryTests(app), IClassFixture<PostgresApp>;
