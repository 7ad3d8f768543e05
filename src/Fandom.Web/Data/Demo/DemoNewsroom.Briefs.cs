namespace Fandom.Web.Data.Demo;

public static partial class DemoNewsroom
{
    /// <summary>Shorter, older pieces: enough back catalogue that the front page pages and search has depth.</summary>
    public static readonly DemoArticle[] Briefs =
    [
        new(
            Title: "Five fan wikis that are better organised than most libraries",
            Dek: "Volunteer archivists, colour-coded timelines and the heroic people who cite their sources.",
            Body: """
                Every fandom eventually produces one person who reads the whole canon with a spreadsheet open. Some of them go on to build wikis, and the best of those wikis are quietly astonishing pieces of public scholarship.

                ## What makes a great one

                - **Citations on every claim**, down to the chapter or the timestamp.
                - **A spoiler policy** that is written down and actually enforced.
                - **An edit history** that shows arguments were settled by evidence, not volume.

                The wiki for *The Lantern Court* has a page for every lantern colour mentioned in the books. There are twenty-three. We checked.
                """,
            Categories: ["Pop Culture"],
            Tags: ["Fan Fiction", "Fantasy"],
            Author: 1,
            PublishedDaysAgo: 10.5),
        new(
            Title: "The quiet art of the audiobook narrator",
            Dek: "Eleven hours, forty voices and not a single sneeze left in the final cut.",
            Body: """
                Readers argue about casting for years. Audiobook listeners have usually already settled the question, because one performer has given every character a voice they can't unhear.

                We spoke to three narrators about accents, stamina and the strange intimacy of reading a love scene alone in a padded booth at nine in the morning. All three said the same thing first: drink room-temperature water, never cold.

                The hardest part, one told us, is not the shouting or the crying. It is the small talk: making two characters discussing the weather sound like two different people.
                """,
            Categories: ["Author's Corner"],
            Tags: ["Book to Screen"],
            Author: 1,
            PublishedDaysAgo: 12.2),
        new(
            Title: "Why the villain's redemption arc keeps winning fan polls",
            Dek: "Audiences love a second chance, as long as the story makes it cost something.",
            Body: """
                Put any long-running series to a fan vote and a reformed antagonist will be somewhere near the top. It is not that readers excuse cruelty; it is that they love watching someone pay for it, slowly, on the page.

                The arcs that work share a pattern: the apology comes late, the forgiveness later, and at least one character never offers it at all. The ones that fail skip straight to the group hug.
                """,
            Categories: ["TV & Movies"],
            Tags: ["Fantasy", "Streaming"],
            Author: 0,
            PublishedDaysAgo: 14.8),
        new(
            Title: "A beginner's guide to zines at conventions",
            Dek: "Staples, photocopiers and the small-press tables worth walking the whole hall for.",
            Body: """
                Somewhere behind the queue for the headline panel there is a row of folding tables covered in hand-folded booklets. That is the zine aisle, and it is where a lot of the most interesting fan work lives.

                Bring cash, ask before you photograph anything, and don't be shy about asking makers how they printed their covers. Most of them will happily tell you, and at least one will show you the stapler.
                """,
            Categories: ["Pop Culture"],
            Tags: ["Conventions", "Fan Fiction"],
            Author: 2,
            PublishedDaysAgo: 17.3),
        new(
            Title: "Reading the manga before the anime: a case for patience",
            Dek: "Why some fans save the source for after the adaptation, and why others can't wait.",
            Body: """
                There are two kinds of fan when an adaptation is announced: those who race through the source material first, and those who deliberately wait so the show can surprise them.

                Both camps have a point. Reading first lets you notice what a studio chose to change. Waiting lets the animators' choices land the way they were meant to. The only wrong answer is spoiling the ending for the other camp.
                """,
            Categories: ["Adaptations"],
            Tags: ["Book to Screen", "Webcomics"],
            Author: 1,
            PublishedDaysAgo: 21.0),
        new(
            Title: "Found family, explained by the people who write it",
            Dek: "Four authors on the trope that readers never seem to tire of.",
            Body: """
                Ask a room of writers why found family stories endure and you get answers about loneliness, choice and the relief of being accepted without conditions.

                One author put it simply: "Blood relatives are given to you. A found family is a decision, made again every day." Another pointed out that the trope lets queer readers see their own lives reflected without the story being about coming out.
                """,
            Categories: ["LGBTQ Voices", "Author's Corner"],
            Tags: ["Queer Romance", "Fantasy"],
            Author: 2,
            PublishedDaysAgo: 25.6),
        new(
            Title: "Streaming schedules are ruining the watercooler, and fans are rebuilding it",
            Dek: "All-at-once releases scattered the conversation. Watch-along communities are gathering it back.",
            Body: """
                When a whole season drops at midnight, there is no shared Monday morning to talk about episode four. Fans have noticed, and they have built their own schedules instead.

                Watch-along servers now agree on an episode a week, with spoiler channels locked until the agreed night. It turns out that the weekly wait was never the problem: it was half the fun.
                """,
            Categories: ["TV & Movies", "Pop Culture"],
            Tags: ["Streaming"],
            Author: 0,
            PublishedDaysAgo: 30.4),
        new(
            Title: "The cosplayer's toolkit: ten things that fit in a bum bag",
            Dek: "Safety pins, spirit gum remover and a very small pair of scissors.",
            Body: """
                Every experienced cosplayer carries a repair kit. The trick is making it small enough to keep with you all day, because costumes never break at the hotel: they break in the middle of the photo shoot.

                1. Safety pins, in three sizes
                2. Double-sided tape
                3. A travel sewing kit
                4. Spirit gum remover
                5. Blister plasters
                6. Folding scissors
                7. Cable ties
                8. A spare contact-lens case
                9. Snacks
                10. Your badge, which you will otherwise leave in the room
                """,
            Categories: ["Pop Culture"],
            Tags: ["Cosplay", "Conventions"],
            Author: 1,
            PublishedDaysAgo: 36.9),
    ];
}
