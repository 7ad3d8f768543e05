using Fandom.Data.Entities;

namespace Fandom.Web.Data.Demo;

/// <summary>The demo publication: its sections, staff and articles (all written for Fandom).</summary>
public static partial class DemoNewsroom
{
    public static readonly (string Name, string Description)[] Categories =
    [
        ("Adaptations", "Page to screen, stage and game: what changed, what survived, and why."),
        ("Author's Corner", "Writers on their work, in their own words."),
        ("LGBTQ Voices", "Queer stories, creators and the fans who found themselves in them."),
        ("Pop Culture", "The conversations everyone is having this week."),
        ("TV & Movies", "Reviews, previews and deep dives on what is on screen."),
    ];

    public static readonly DemoStaff[] Staff =
    [
        new("priya@demo.fandom.invalid", "Priya Natarajan", Roles.Editor, "Section editor for TV & Movies. Will argue about series finales for hours."),
        new("theo@demo.fandom.invalid", "Theo Marsh", Roles.Author, "Staff writer covering adaptations and the books behind them."),
        new("jun@demo.fandom.invalid", "Jun Park", Roles.Author, "Writes about queer fiction, webcomics and the communities around them."),
    ];
}
