namespace Fandom.Web.Data.Demo;

public static partial class DemoNewsroom
{
    /// <summary>The people the demo articles quote, seeded before the articles so their pages are full on first run.</summary>
    public static readonly DemoPerson[] People =
    [
        new("Mara Ellison", "Novelist, author of The Lantern Court trilogy and an executive producer on its adaptation.", "https://example.com/mara-ellison"),
        new("Dev Okafor", "Showrunner of Northlight’s The Lantern Court; previously a writer on two seasons of Glasshouse.", null),
        new("Sol Ferreira", "Cartoonist behind the webcomic Moth & Marigold and consulting producer on its animated series.", "https://example.org/moth-and-marigold"),
        new("Nadia Voss", "Creator, writer and director of Saltwater Saints.", null),
        new("Ama Boateng", "Actor; plays Tess Adjei in Saltwater Saints.", null),
        new("Hollis Grey", "Fan writer and Harborcon panellist, known for Lantern Court and Saltwater Saints fix-its.", null),
        new("Rin Takeda", "Cosplayer and prop maker; two-time winner of the Harborcon masquerade.", null),
    ];

    /// <summary>Library quotes; a demo body embeds one with <c>{{quote Key}}</c>, swapped for its id when seeded.</summary>
    public static readonly DemoQuote[] Quotes =
    [
        new("ellison-cover-version", "Mara Ellison", "It’s a cover version, not a photocopy. I’d be worried if it sounded exactly like the book.",
            "Screen Ledger", "https://example.com/screen-ledger/ellison-profile", new DateOnly(2026, 3, 14)),
        new("okafor-real-fire", "Dev Okafor", "The lanterns had to be real. Fire behaves differently on camera, and actors behave differently around fire.",
            "Kettle & Quill", "https://example.com/kettle-and-quill/okafor-lanterns", new DateOnly(2026, 5, 2)),
        new("ferreira-rooftop", "Sol Ferreira", "I always knew they would kiss on a rooftop. I just didn’t know it would take me six years to draw it.",
            "Harborcon main stage", null, new DateOnly(2026, 7, 19)),
        new("takeda-foam", "Rin Takeda", "Foam is forgiving. Deadlines are not. Start the gloves first.",
            "Screen Ledger", "https://example.com/screen-ledger/harborcon-cosplay", null),
    ];
}

public sealed record DemoPerson(string Name, string Bio, string? Url);

public sealed record DemoQuote(string Key, string Speaker, string Text, string? SourceName, string? SourceUrl, DateOnly? SaidOn);
