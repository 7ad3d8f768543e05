namespace Fandom.Bench.Archive;

/// <summary>
/// The words generated articles are made of. None of them is one of <see cref="SearchWords"/>, so the planted
/// words occur exactly where the generator puts them.
/// </summary>
public static class Vocabulary
{
    public static readonly string[] Words =
    [
        // Function words, so sentences read like prose (search ignores the English stop words among them).
        "the", "the", "the", "a", "a", "and", "and", "of", "of", "to", "to", "in", "in", "with", "for", "on", "at",
        "from", "by", "as", "is", "was", "were", "has", "had", "that", "this", "it", "their", "her", "his", "its",
        "but", "while", "after", "before", "again", "still", "never", "always", "finally", "almost",
        // Content words from the beat: screen, page, fandom.
        "trailer", "season", "episode", "finale", "premiere", "pilot", "showrunner", "writers", "room", "script",
        "scene", "ballroom", "costume", "casting", "director", "composer", "score", "soundtrack", "credits",
        "chapter", "novel", "author", "illustrator", "publisher", "edition", "cover", "sequel", "prequel", "trilogy",
        "series", "adaptation", "canon", "fanon", "fandom", "fans", "shippers", "readers", "viewers", "audience",
        "character", "villain", "heroine", "hero", "mentor", "rival", "sibling", "crew", "ensemble", "cameo",
        "arc", "twist", "reveal", "cliffhanger", "flashback", "montage", "monologue", "dialogue", "subplot",
        "worldbuilding", "lore", "map", "kingdom", "harbor", "island", "city", "village", "castle", "forest",
        "quiet", "loud", "tender", "brutal", "clever", "strange", "gorgeous", "messy", "patient", "restless",
        "careful", "bold", "familiar", "surprising", "faithful", "loose", "sharp", "warm", "cold", "bright",
        "dark", "slow", "fast", "early", "late", "first", "second", "last", "new", "old", "long", "short",
        "watched", "argued", "noticed", "loved", "missed", "changed", "kept", "dropped", "added", "cut",
        "filmed", "wrote", "drew", "cast", "announced", "confirmed", "teased", "leaked", "praised", "questioned",
        "rewatched", "theorised", "shipped", "quoted", "painted", "sketched", "translated", "scored", "staged",
        "moment", "moments", "choice", "choices", "promise", "secret", "letter", "storm", "tide", "lantern",
        "crown", "garden", "orchard", "station", "signal", "archive", "academy", "circus", "road", "bridge",
        "convention", "panel", "interview", "podcast", "newsletter", "thread", "poster", "teaser", "still",
        "week", "year", "night", "summer", "winter", "autumn", "spring", "decade", "weekend", "evening",
        "studio", "network", "streamer", "platform", "budget", "schedule", "release", "date", "rumour", "review",
        "critics", "ratings", "awards", "nominations", "festival", "screening", "audition", "rehearsal", "set",
        "props", "makeup", "wigs", "lighting", "camera", "editing", "pacing", "tone", "humour", "grief", "hope",
        "friendship", "romance", "rivalry", "betrayal", "loyalty", "family", "home", "journey", "ending", "beginning",
    ];

    /// <summary>First words of show and book titles; with <see cref="TitleNouns"/> they name the tags.</summary>
    public static readonly string[] TitleAdjectives =
    [
        "Lantern", "Saltwater", "Paper", "Silver", "Hollow", "Midnight", "Copper", "Velvet", "Glass", "Ember",
        "Winter", "Iron", "Crimson", "Quiet", "Northern", "Golden", "Wild", "Broken", "Hidden", "Painted",
    ];

    public static readonly string[] TitleNouns =
    [
        "Court", "Saints", "Crown", "Harbor", "Circus", "Orchard", "Kingdom", "Archive", "Tide", "Garden",
        "Signal", "Academy", "Road", "Witches", "Legacy", "Station", "Empire", "Lighthouse", "Chronicle", "Sisters",
    ];

    public static readonly string[] FirstNames =
    [
        "Alice", "Sam", "Hollis", "Rin", "Tess", "Marco", "Priya", "Jonah", "Lena", "Omar", "Greta", "Kofi",
        "Mei", "Dario", "Nadia", "Felix", "Ines", "Theo", "Yara", "Bruno", "Ada", "Cyrus", "Elif", "Hugo",
        "Imani", "Jasper", "Keiko", "Luca", "Maren", "Niko",
    ];

    public static readonly string[] LastNames =
    [
        "Oseman", "Reyes", "Grey", "Takeda", "Marlow", "Okafor", "Lindqvist", "Moreau", "Castell", "Haddad",
        "Kowalski", "Nakamura", "Abara", "Fontaine", "Varga", "Serrano", "Whitlock", "Achterberg", "Bianchi", "Dunmore",
        "Ellery", "Farrow", "Galloway", "Hartigan", "Iwasaki", "Jankowski", "Kestrel", "Lowell", "Maddox", "Novak",
    ];

    public static readonly string[] Sources =
    [
        "Digital Spy", "Screen Ledger", "The Paper Crown podcast", "Kettle & Quill", "Fandom Weekly", "The Margin",
        "Panel Hour", "Reel Notes", "Night Shift Radio", "Chapter & Verse",
    ];

    public static readonly (string Name, string Description)[] Categories =
    [
        ("Television", "Series, seasons and the people who make them."),
        ("Film", "Adaptations, trailers and release dates."),
        ("Books", "Novels, comics and the authors behind them."),
        ("Games", "Video games, tabletop and the worlds they build."),
        ("Community", "Conventions, fan works and the people who gather."),
    ];
}

/// <summary>Words planted for the search pages: found once, found everywhere, found nowhere.</summary>
public static class SearchWords
{
    /// <summary>In the body of exactly one visible article (and of one hidden one, which search must not find).</summary>
    public const string Rare = "zanzibarite";

    /// <summary>In the body of three articles in ten.</summary>
    public const string Common = "moonrise";

    /// <summary>In no article.</summary>
    public const string None = "xylophonic";

    public static bool HasCommonWord(int index) => index % 10 < 3;
}
