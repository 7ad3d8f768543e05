using Fandom.Web.Services.Editorial;
using Fandom.Web.Services.Site;

namespace Fandom.Tests.Services;

/// <summary>The pure rules behind the editor: pre-publish checklist, revision retention, zone names.</summary>
public sealed class EditorialRulesTests
{
    [Theory]
    [InlineData("<h2>A</h2><h3>B</h3><h2>C</h2>", null)]
    [InlineData("<h2>A</h2><h4>Deep</h4>", "Heading level skipped: \"Deep\" is h4 after h2.")]
    [InlineData("<h3>Too deep</h3>", "Heading level skipped: \"Too deep\" is h3 after h1.")]
    [InlineData("<p><a href=\"https://example.com\"> </a></p>", "A link has no text.")]
    [InlineData("<p><a href=\"https://example.com\"><img src=\"x.png\" alt=\"Logo\"></a></p>", null)]
    public void The_checklist_flags_skipped_headings_and_empty_links(string html, string? warning)
    {
        var warnings = EditorPreviewService.Checklist("A dek", "A description", html, heroWithoutAlt: false);
        Assert.Equal(warning is null ? [] : [warning], warnings);
    }

    [Fact]
    public void The_checklist_flags_a_missing_dek_seo_description_and_hero_alt_text()
    {
        Assert.Equal(["The hero image has no alt text.", "There is no dek.", "There is no SEO description."],
            EditorPreviewService.Checklist(" ", null, "<p>Fine.</p>", heroWithoutAlt: true));
    }

    [Fact]
    public void Retention_keeps_recent_saves_one_a_day_then_one_a_month_and_every_pinned_one()
    {
        var now = new DateTime(2026, 12, 31, 12, 0, 0);
        RevisionRetention.Stored At(int id, DateTime when, bool pinned = false) => new(id, when, pinned);
        var revisions = new[]
        {
            At(1, now.AddDays(-200)), At(2, now.AddDays(-199)),                     // same month, long ago: keep the newer
            At(3, new DateTime(2026, 5, 2, 8, 0, 0), pinned: true),                   // pinned: kept whatever its age
            At(4, now.AddDays(-30).Date.AddHours(9)), At(5, now.AddDays(-30).Date.AddHours(17)), // same day, a month ago
            At(6, now.AddDays(-2).AddHours(-1)), At(7, now.AddDays(-2)),              // recent: both kept
            At(8, now),
        };
        Assert.Equal([4, 1], RevisionRetention.ToDelete(revisions, now));
    }

    [Theory]
    [InlineData("2026-07-01T08:00:00", "Wed 1 Jul 2026, 09:00 BST — 08:00 UTC")]
    [InlineData("2026-11-03T09:00:00", "Tue 3 Nov 2026, 09:00 GMT — 09:00 UTC")]
    [InlineData("2026-10-25T00:30:00", "Sun 25 Oct 2026, 01:30 BST — 00:30 UTC")]
    [InlineData("2026-10-25T01:30:00", "Sun 25 Oct 2026, 01:30 GMT — 01:30 UTC")]
    public void Publish_times_read_in_the_editors_zone_and_in_utc_across_daylight_saving(string utc, string expected)
    {
        var zone = SiteTime.Find("Europe/London");
        Assert.Equal(expected, ScheduleText.BothZones(DateTime.Parse(utc), zone));
    }
}
