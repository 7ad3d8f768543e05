using Fandom.Data.Entities;
using Fandom.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Fandom.Tests.Controllers;

/// <summary>The demo newsroom shows the editorial workflow on first run: a busy desk, a calendar, histories.</summary>
public sealed class DemoWorkflowTests(DemoSqliteApp app) : IClassFixture<DemoSqliteApp>
{
    [Fact]
    public async Task The_desk_shows_demo_articles_waiting_for_review_and_scheduled()
    {
        using var editor = await app.SignInAsNewAsync(Roles.Editor);
        var desk = await editor.GetAsync("/editorial");
        Assert.Contains(desk.QuerySelectorAll("#desk-section-review td a"), a => a.TextContent == "Fix-it fic and the art of refusing a sad ending");
        Assert.Contains(desk.QuerySelectorAll("#desk-section-scheduled td a"), a => a.TextContent.StartsWith("Autumn TV preview"));
        Assert.NotEmpty(desk.QuerySelectorAll("#desk-section-published td a"));
        Assert.Contains(desk.QuerySelectorAll("#desk-section-changes td a"), a => a.TextContent == "Why every fandom needs a wiki gardener");
    }

    [Fact]
    public async Task A_demo_draft_carries_the_editors_note_and_every_demo_article_has_a_history()
    {
        using var editor = await app.SignInAsNewAsync(Roles.Editor);
        var id = await app.WithDbAsync(db => db.Articles.Where(a => a.Title == "Why every fandom needs a wiki gardener").Select(a => a.Id).SingleAsync());
        var page = await editor.GetAsync($"/editorial/articles/{id}");
        Assert.StartsWith("Changes requested: Love this.", page.QuerySelector(".review-note")!.TextContent.Trim());

        var history = await editor.GetAsync($"/editorial/articles/{id}/revisions");
        Assert.Equal(2, history.QuerySelectorAll("table.revisions tbody tr").Length);
        Assert.False(await app.WithDbAsync(db => db.Articles.AnyAsync(a => a.Revisions.Count < 2)));
    }
}
