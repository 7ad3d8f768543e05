using Fandom.Data.Entities;

namespace Fandom.Web.Data.Demo;

public static partial class DemoNewsroom
{
    public static readonly DemoArticle[] Articles =
    [
        // Lead story: the most recent published article.
        new(
            Title: "The Lantern Court trailer is finally here, and yes, the ballroom scene made it",
            Dek: "Two minutes, one candlelit dance and a fandom that has not slept since.",
            Body: """
                Eleven years after Mara Ellison’s debut novel quietly became a word-of-mouth phenomenon, *The Lantern Court* finally has moving pictures. Northlight dropped the first full trailer for Dev Okafor’s eight-episode adaptation late last night, and within the hour @lanterncourtfans had frame-by-frame breakdowns pinned, colour-corrected and annotated in three languages.

                We have watched it a normal number of times. (Forty-one.)

                {{video https://www.youtube.com/watch?v=Lc7ntRnQx2k}}

                ## The first look, frame by frame

                The trailer opens where the book does: in the night market beneath the palace walls, with Wren counting stolen coins by the light of someone else’s lantern. From there it moves fast (too fast, honestly) through the court, the trials and the sea crossing, before landing with real confidence on the moment every reader was waiting for.

                ### What we spotted

                - **The ballroom.** Yes, *that* ballroom. Yes, the blue gloves. The camera holds on two hands for a full three seconds and the internet has collectively lost its mind.
                - **The lanterns themselves** are practical effects, not CGI, something Okafor has promised since the series was announced.
                - **Prince Aurel’s scar** is on the left side, as in the book, settling a fan debate older than some of the cast.
                - **A brand-new character** in a grey cloak who appears nowhere in the novels. More on that below.

                Okafor has said the practical lanterns were never negotiable:

                {{quote okafor-real-fire}}

                Cosplayers were fastest off the mark: Rin Takeda posted a pattern draft for the blue gloves before most of us had finished our coffee.

                ## Okafor on keeping the heart intact

                Okafor has been unusually candid about where the show departs from the page. Speaking to Screen Ledger last month, he framed the changes as a matter of medium rather than taste:

                > “The book lets you live inside Wren’s head for four hundred pages. Television doesn’t. So every change we made was about putting her inner life somewhere the camera can see it, never about sanding down who she loves or how.”
                >
                > — Dev Okafor, [Screen Ledger](https://example.com/screen-ledger/lantern-court-interview)

                Ellison, who is credited as an executive producer, sounds at peace with it. She has called the show “a cover version, not a photocopy,” and the trailer suggests she meant it as a compliment.

                {{quote ellison-cover-version}}

                ## The grey cloak question

                Book readers have theories. A *lot* of theories. The leading one depends on the end of the first novel, so tread carefully.

                :::spoiler Book one ending
                The grey-cloaked figure is almost certainly Ilse, the exiled lanternmaker whose death is only *reported* in chapter thirty. In the book, Wren learns in the final pages that Ilse survived and built the lantern that exposes the regent. Putting her on screen early lets the show seed that reveal across the whole season instead of springing it in the last ten minutes.
                :::

                ## Should you be excited?

                Cautiously, joyfully, yes. Adaptations of beloved queer fantasy have a habit of losing their nerve somewhere between the pitch and the edit, and the fear going in was that the romance would be trimmed to a meaningful glance. Two minutes is not a season, but this trailer puts the love story front and centre and lets it breathe. That is not nothing. That is, in fact, the whole ballgame.

                *The Lantern Court* arrives on Northlight this autumn, all eight episodes at once. While you wait, read Mara Ellison [in her own words](https://example.com/authors-corner/mara-ellison) about the book she needed at sixteen.
                """,
            Categories: ["TV & Movies", "Adaptations"],
            Tags: ["Book to Screen", "Fantasy", "Queer Romance", "Streaming", "Cosplay"],
            Author: 0,
            PublishedDaysAgo: 0.3),

        new(
            Title: "Mara Ellison on writing the queer fantasy she needed at sixteen",
            Dek: "The Lantern Court author on rejection letters, the hard years and why her heroines never have to earn a happy ending.",
            Body: """
                Mara Ellison wrote the first chapter of *The Lantern Court* on the back of a hospital discharge form. She tells the story without drama, stirring a cup of tea that has long since gone cold, like someone who has told it often enough to know exactly where the weight goes.

                “I was twenty-three, I’d just come through the worst year of my life, and I wanted a book where a girl like me got to be the hero *and* get the girl,” she says. “Not one or the other. Both.”

                ## The book nobody asked for

                Eleven years and three novels later, that book is about to become a television series. But Ellison remembers the early rejections clearly: editors who loved the world but wondered whether the romance could be “a little quieter,” or whether Wren might have a brother instead of a girlfriend.

                > “I kept a folder of those letters. Not out of spite (well, a little out of spite) but because every one of them was someone telling me that the thing I needed at sixteen was a niche interest. It wasn’t. It turned out to be a lot of people’s whole heart.”
                >
                > -- Mara Ellison, The Paper Crown podcast

                ## Writing through the hard years

                Ellison is open about the depression that shaped the second book, *The Tidewater Throne*, which took her five years to finish. She talks about it plainly, because, she says, nobody talked about it plainly to her.

                ### What kept her writing

                She credits a handful of deeply unglamorous habits:

                1. **Two hundred words a day**, and no more: “a number small enough that I couldn’t argue with it.”
                2. **A standing Thursday call** with two other writers, where nobody was allowed to apologise for having nothing to show.
                3. **Rereading reader mail** on bad days, which she admits sounds vain. “It isn’t vanity. It’s evidence.”
                4. **Therapy**, which she names out loud because she wishes someone had named it for her.

                > “I don’t write tragedies for queer characters anymore. Not because sad stories are wrong, but because my readers have been handed plenty of them, and I’d like to be the one who hands them something warm.”
                >
                > — Mara Ellison, [Screen Ledger](https://example.com/screen-ledger/ellison-profile)

                ## Letting go of Wren

                On the adaptation she is generous, and a little wry. She read every script, gave notes on a few, and then, on purpose, stepped back.

                “Dev understood from the first meeting that the romance isn’t decoration, it’s the spine,” she says of showrunner Dev Okafor. “Once I knew that, the rest was his to change. Some of it will surprise me. I’m looking forward to that.”

                Her advice to young queer writers is short enough to fit on a sticky note, and she has, apparently, written it on several: ~~write what you know~~ write what you *needed*.

                *The Tidewater Throne* is out now in paperback; the third and final book, *The Ember Tithe*, follows next spring.
                """,
            Categories: ["Author's Corner", "LGBTQ Voices"],
            Tags: ["Queer Romance", "Fantasy", "Book to Screen"],
            Author: 2,
            PublishedDaysAgo: 1.6,
            ContentNotes: "mental health, depression"),

        new(
            Title: "Sol Ferreira on taking Moth & Marigold from webcomic to animation",
            Dek: "Seven years, four hundred updates and one very patient cat: the cartoonist behind the internet’s favourite slow burn on what comes next.",
            Body: """
                Seven years ago, Sol Ferreira posted a single page to a free hosting site: a moth-winged florist, a night market, and a baker across the street who keeps buying flowers she does not need. No announcement, no schedule. Just a page. Today *Moth & Marigold* has a print run, a merch line that sells out in minutes and, as of its surprise announcement at Harborcon, a ten-episode animated series.

                “I honestly thought my mum and maybe four strangers would read it,” Ferreira says. “The four strangers turned into a lot of strangers.”

                ## From sketchbook to schedule

                The comic grew the way the best webcomics do: slowly, in public, with readers arguing in the comments about whether Moth’s tulip arrangements were flirting. (They were.) Ferreira updated every Tuesday for seven years, missing only a handful of weeks, and the official @mothandmarigold account became a small daily ritual for readers around the world.

                > “The comments section was my writers’ room. I never wrote *for* them, but I always knew when a page landed, and I always knew when I’d rushed it.”
                >
                > — Sol Ferreira, [Kettle & Quill](https://example.com/kettle-and-quill/sol-ferreira)

                The whole archive remains free at https://example.org/moth-and-marigold, and Ferreira says it always will be. The animated series is not replacing anything; it is another door into the same flower shop.

                ## What the first season covers

                Ferreira is a consulting producer and co-wrote two episodes. The season maps onto the comic like this:

                | Episodes | Comic chapters | What it covers |
                |----------|----------------|----------------|
                | 1–3 | 1–9 | The night market and the great tulip argument |
                | 4–6 | 10–21 | The blackout and the shared umbrella |
                | 7–8 | 22–30 | The lantern festival arc |
                | 9–10 | 31–38 | Marigold’s family visit and the confession on the roof |

                The wedding arc is held back for a possible second season, which Ferreira calls “the correct decision, and also agony.”

                At Harborcon she was asked about the confession on the roof, and got the biggest laugh of the weekend:

                {{quote ferreira-rooftop}}

                ### Changes readers should expect

                Some things had to give. Side characters are merged, a subplot about a rival florist is cut to a single episode, and the colour palette is brighter than the comic’s muted inks. But Ferreira insisted on one line in the contract: Moth and Marigold are queer on screen, by name, from the first season.

                > “I’m not interested in subtext. I spent seven years drawing two women falling in love, one page at a time. It stays text.”
                >
                > — Sol Ferreira

                ## Still drawing

                The comic itself isn’t ending. Ferreira is writing the next arc now, on Tuesdays, as always, with the same cat asleep on the same drawing tablet. Readers who want to follow along can find a reading guide on the [official site](https://example.org/moth-and-marigold/start-here), and the animated series premieres in the new year.
                """,
            Categories: ["Adaptations", "Author's Corner"],
            Tags: ["Webcomics", "Queer Romance", "Streaming", "Conventions"],
            Author: 2,
            PublishedDaysAgo: 2.9),

        new(
            Title: "Saltwater Saints season 2, episode by episode",
            Dek: "Grief, fishing boats and the slowest, sweetest reunion of the year: everything you need before the finale discourse.",
            Body: """
                If the first season of *Saltwater Saints* was about leaving, the second is about what it costs to come home. Nadia Voss’s quiet coastal drama returned to Northlight this month with Tess Adjei (Ama Boateng) back in the harbour town she swore she was done with, her father gone, his boat for sale and Marisol, the girl she left, running the café on the quay.

                It is, without exaggeration, the best-acted queer drama on television right now. Here is our guide to all eight episodes, with the finale safely tucked behind a spoiler warning.

                ## The episode guide

                | # | Title | Director | Watch for |
                |---|-------|----------|-----------|
                | 1 | Low Water | Nadia Voss | The funeral, and the look across the church |
                | 2 | Mending Nets | Lior Castellane | Tess trying, and failing, to sell the boat |
                | 3 | The Quay Café | Lior Castellane | Ten minutes of silence that say everything |
                | 4 | Fog Season | Hana Whitlock | The storm episode; bring tissues |
                | 5 | Salt in the Wound | Hana Whitlock | Marisol’s side of the story, finally |
                | 6 | Spring Tide | Nadia Voss | The dance at the lifeboat fundraiser |
                | 7 | Dead Reckoning | Lior Castellane | The letter |
                | 8 | Safe Harbour | Nadia Voss | See below |

                ## Why it works

                Voss writes grief the way it actually arrives: sideways, in the middle of buying groceries. Tess never gets a big speech about her father. Instead she keeps his reading glasses in her coat pocket for six episodes, and when she finally takes them out, the show doesn’t need to say a word.

                > “I didn’t want grief to be a plot point that gets resolved in episode five. It’s the weather in this town. Everyone is just dressing for it differently.”
                >
                > — Nadia Voss

                ### Ama Boateng is the reason to watch

                Boateng does remarkable work with very little dialogue. Her Tess is all held breath and clenched jaw, and the moments where it slips are devastating. She has said the role asked her to stop performing entirely:

                > “Nadia kept telling me to do less. By episode four I was barely moving, and that was the first take she loved.”
                >
                > — Ama Boateng, [Screen Ledger](https://example.com/screen-ledger/ama-boateng)

                ### The few false notes

                Not everything lands. The subplot about the ~~evil property developer~~ *misunderstood* property developer feels imported from a louder show, and episode five’s flashbacks could lose ten minutes. But these are small complaints about a season that trusts its audience almost completely.

                ## The finale

                :::spoiler Season 2 finale
                Tess doesn’t sell the boat. She renames it *Marisol*, and the final shot is the two of them taking it out past the harbour wall at dawn, her father’s glasses folded on the dashboard. No kiss, no speech, just the engine and the gulls. It is perfect, and the season three renewal means we get to see what comes after.
                :::

                Season two of *Saltwater Saints* is streaming now on Northlight, one episode every Friday.
                """,
            Categories: ["TV & Movies", "LGBTQ Voices"],
            Tags: ["Streaming", "Queer Romance"],
            Author: 0,
            PublishedDaysAgo: 4.2,
            ContentNotes: "grief, death of a parent"),

        new(
            Title: "The Harborcon survival guide: what to pack, where to queue and how not to cry in the signing line",
            Dek: "Our annual field manual, now with extra snacks and a cosplayer’s emergency kit.",
            Body: """
                Harborcon is three days, two exhibition halls and roughly forty thousand people who all want to meet the same voice actor at the same time. It is also, every single year, the best weekend of our lives. We have made every mistake so that you don’t have to, and this year we recruited a professional to help.

                ## Before you leave home

                The single biggest difference between a good con and a miserable one is what is in your bag. Here is the list we actually use, ticked as of this morning:

                - [x] Badge, printed *and* saved offline
                - [x] Refillable water bottle
                - [x] Phone charger and a battery pack that is actually charged
                - [x] Cash for artist alley (many tables still prefer it)
                - [ ] Comfortable shoes you have already broken in
                - [ ] Snacks that survive being sat on
                - [ ] Sharpie for signings, in a colour that shows up on dark covers
                - [ ] A tote bag for the prints you swear you won’t buy

                ### The cosplayer’s emergency kit

                We asked Rin Takeda, whose hand-built armour has won the Harborcon masquerade twice, what she never leaves without.

                > “Safety pins, double-sided tape, a hot glue gun with a travel battery, and one friend whose only job is to tell you when something is falling off. The friend is the most important part.”
                >
                > — Rin Takeda, [Screen Ledger](https://example.com/screen-ledger/harborcon-cosplay)

                Her advice for first-timers is shorter still:

                {{quote takeda-foam}}

                Takeda posts build diaries as @rintakedacosplay, and her walkthrough of last year’s winning suit is required viewing if you have ever attempted foam armour at two in the morning:

                {{video https://vimeo.com/824615379}}

                ## On the day

                ### How to queue like a pro

                1. **Check the app the night before.** Panel rooms change, and the official @harborcon account posts room swaps before the printed schedule catches up.
                2. **Pick one must-see panel per day.** Queue early for that one and let everything else be a bonus.
                3. **Eat before the big panels, not after.** The food court queue peaks exactly when the main hall empties.
                4. **Use the signing line to make friends.** You will be standing next to these people for ninety minutes. They like what you like.

                ### About the crying

                You will cry in the signing line. Everyone cries in the signing line. Have a sentence ready, keep it short (“your book got me through a bad year” is perfect) and let the moment be what it is. The authors have heard it before, and they still want to hear it again.

                ## After the con

                Drink water, sleep for eleven hours and expect the post-con blues around Tuesday. Then go through the business cards from artist alley and actually follow the people whose work you loved. That is how a weekend becomes a community.

                See you in Hall B. We will be the ones with the emergency snacks.
                """,
            Categories: ["Pop Culture"],
            Tags: ["Conventions", "Cosplay"],
            Author: 1,
            PublishedDaysAgo: 5.8),

        new(
            Title: "Fan fiction got there first: what adaptations owe the fans who rewrote them",
            Dek: "Expanded side characters, invented backstories, the missing scene everyone wanted: the writers’ room is starting to look a lot like the fic archive.",
            Body: """
                Watch enough recent adaptations and a pattern emerges. The quiet side character gets a whole episode. The villain gets a childhood. The scene the book skipped, the one where the two leads finally talk, is suddenly there, fully written, and it feels oddly familiar. That is because, in many cases, fans wrote it years ago.

                ## The missing scene economy

                Fan fiction has always specialised in gaps. What happened on the boat between chapters nine and ten? What did the mentor think, watching from the balcony? Writers in fan communities have spent decades filling those silences, and the best of their work reads less like imitation than like criticism: a close reading of what a story left out.

                Television, which needs far more material than most novels contain, has discovered the same gaps. Across book-to-screen adaptations in general, the most common additions are exactly the ones fans have long favoured:

                - **Point-of-view episodes** for supporting characters
                - **Expanded backstory** for antagonists
                - **On-screen versions of off-page events**, especially romantic ones
                - **Reunions and epilogues** the original ending only implied

                ## The fans are noticing

                At a packed Harborcon panel last month, fan writer Hollis Grey, whose *Lantern Court* stories are some of the most-read in that fandom, put it bluntly:

                > “Nobody in a writers’ room is copying us, and I don’t think they should. But we proved there was an audience for the quiet scenes. We were the market research, and we did it for free.”
                >
                > — Hollis Grey, [Kettle & Quill](https://example.com/kettle-and-quill/harborcon-fic-panel)

                It is a fair point, and a complicated one. Fan writers work for love, and most of them want it to stay that way. But there is something uncomfortable about an industry that once sent cease-and-desist letters now building whole seasons on the instincts those fans sharpened.

                ### Authors are warmer than they used to be

                The generational shift among novelists is striking. Where some authors once asked fans not to write about their characters at all, many now cheerfully admit to reading fic, or at least to being glad it exists. Mara Ellison, whose novels have inspired thousands of fan stories (the @lanterncourtfans community runs a weekly prompt challenge), is firmly in the second camp:

                > “I don’t read it, for legal reasons and for my own sanity. But I love that it’s there. A story that people want to keep writing is a story that’s still alive.”
                >
                > — Mara Ellison, [The Paper Crown](https://example.com/the-paper-crown/ellison-episode)

                ## What a good adaptation can learn

                The lesson isn’t that studios should mine fic archives. It’s that fan writers have been running an enormous, decades-long experiment in what audiences want from the stories they love, and the answer is remarkably consistent: *more time with the people*. Less spectacle, more kitchen-table conversations. Fewer twists, more aftermath.

                The adaptations that understand this tend to be the ones fans embrace. The ones that don’t tend to inspire, well, more fan fiction. Which, depending on your view, is either a failure or the highest compliment a story can receive.
                """,
            Categories: ["Adaptations", "Pop Culture"],
            Tags: ["Fan Fiction", "Book to Screen", "Conventions", "Fantasy"],
            Author: 1,
            PublishedDaysAgo: 8.5),

        // Scheduled: goes live two days after the first run.
        new(
            Title: "Autumn TV preview: seven premieres worth clearing your weekends for",
            Dek: "Lanterns, ghosts, a haunted lighthouse and one very long-awaited ballroom. Here is what we are watching this season.",
            Body: """
                The nights are drawing in, the blankets are coming out, and the streaming calendar is, for once, genuinely stacked. We have sorted through the announcements, watched every trailer we could get our hands on and narrowed it down to the seven premieres we would cancel plans for.

                ## The release schedule at a glance

                | Show | Where | Episodes | How it drops |
                |------|-------|----------|--------------|
                | The Lantern Court | Northlight | 8 | All at once |
                | The Quiet Orbit | Northlight | 10 | Weekly, Fridays |
                | Hollow Street | Tidewell | 6 | Weekly, Thursdays |
                | Ninth Inning Ghosts | Tidewell | 12 | Two a week |
                | Glasshouse | Northlight | 8 | Weekly, Sundays |
                | The Last Good Summer | Tidewell | 6 | All at once |
                | Keeper of the Light | Northlight | 4 | Weekly, Mondays |

                ## The big one

                ### The Lantern Court

                You knew this would top the list. Dev Okafor’s adaptation of Mara Ellison’s beloved queer fantasy has the budget, the cast and, judging by the trailer, the nerve. Okafor has promised that the romance survives intact, and after a very long wait we are choosing to believe him.

                > “Book readers will notice everything we changed. I just hope they also notice everything we protected.”
                >
                > — Dev Okafor

                {{video https://www.youtube.com/watch?v=Fp9rEv1ewQ3}}

                ## The rest of the list

                ### The Quiet Orbit

                A slow, melancholy space drama about a two-person crew on a supply run that goes wrong. Think less laser battle, more long conversations about regret in zero gravity. Early reviews call it *gorgeous and patient*, which is exactly what we want in November.

                ### Hollow Street and Ninth Inning Ghosts

                Two very different ghost stories. *Hollow Street* is an anthology horror series with a new haunted house each week; *Ninth Inning Ghosts* is a warm-hearted comedy about a minor-league baseball team whose stadium is, inconveniently, full of dead fans. Watch one with the lights off and the other with your family.

                ### Glasshouse

                A botanical-garden family drama with a queer lead, a disputed inheritance and, we are told, the most vicious dinner-party scene of the year.

                ### The Last Good Summer and Keeper of the Light

                The first is a coming-of-age adaptation of a much-loved young adult novel about four friends and one final summer; the second is a four-part gothic mystery set in a lighthouse that may or may not be haunted. Both are short enough to finish in a weekend, which is its own kind of gift.

                ## Sorry, not this season

                Fans of *Moth & Marigold* will have to wait a little longer; the animated adaptation arrives in the new year. And *Saltwater Saints* has only just wrapped its second season, so give Tess and Marisol a rest.

                Tell us what we missed. We will be on the sofa.
                """,
            Categories: ["TV & Movies", "Pop Culture"],
            Tags: ["Streaming", "Fantasy", "Book to Screen", "Queer Romance", "Webcomics"],
            Author: 0,
            PublishedDaysAgo: -2),

        // In review: waiting for an editor.
        new(
            Title: "Fix-it fic and the art of refusing a sad ending",
            Dek: "Why queer fans keep rewriting the tragedies they were handed, and why the stories they write are getting kinder.",
            Body: """
                Every fandom has a moment it cannot forgive. The character who dies in the penultimate episode. The couple split up by a writers’ room that seemed scared of them. The ending that arrives like a door slammed in the face. And in every fandom, within hours, someone opens a blank document and starts to fix it.

                ## A genre built on “no”

                *Fix-it fic* is exactly what it sounds like: fan fiction that repairs a canon ending. On most archives it has its own tag, usually written as `Fix-It`, and it is one of the most popular tags in queer fandoms in particular. That is not a coincidence. For decades, queer characters on screen were disproportionately likely to die, disappear or be written out in the final act, a pattern fans came to call “bury your gays.” Fix-it fic is, in part, a collective refusal.

                > “When canon kills the girl who finally got to kiss another girl, writing her back to life isn’t denial. It’s a correction. We’re saying: we saw what you did, and we don’t accept it.”
                >
                > — Hollis Grey, [Kettle & Quill](https://example.com/kettle-and-quill/fix-it-fic)

                Grey has written fix-its for half a dozen fandoms and says the form has changed as television has. Ten years ago, the canon endings fans were fixing were often openly hostile. Now, she says, they are more often just *timid*: the couple survives, but the show is too nervous to let them be happy on screen.

                ## What a fix-it actually looks like

                The best fix-its are not simply “and then everyone lived.” They tend to follow a few recognisable moves:

                1. **Find the hinge.** Pick the single scene where things went wrong and change one decision.
                2. **Keep the consequences.** A good fix-it still lets characters grieve; it just doesn’t let grief be the ending.
                3. **Write the aftermath.** The healing, the awkward first breakfast, the apology. This is usually the part canon never shows.

                ## An example, with spoilers

                Many readers first met the form through stories that rescued a favourite side character. In *Saltwater Saints* fandom, it is already happening:

                :::spoiler Saltwater Saints season 1 ending
                Fans who could not accept that Tess left town without saying goodbye to Marisol wrote hundreds of alternate versions of the bus-station scene, in which she gets off the bus. Season two’s reunion, many of them noticed with some delight, plays almost like a canonical fix-it.
                :::

                ## Kinder stories

                What strikes me most, reading through the tag, is how gentle these stories have become. They are less angry than they used to be, and more interested in comfort: characters going to therapy, learning to cook, being allowed to be boring together. For fans who grew up watching people like them die on screen, that tenderness is its own kind of politics.

                > “I don’t need a grand romance. I need two women arguing about paint colours in a house they bought together. That’s the happy ending I never got to see.”
                >
                > — Hollis Grey
                """,
            Categories: ["LGBTQ Voices", "Pop Culture"],
            Tags: ["Fan Fiction", "Queer Romance", "Streaming"],
            Author: 2,
            PublishedDaysAgo: 0,
            Status: ArticleStatus.InReview,
            ContentNotes: "homophobia (discussed), character death (discussed)"),

        // Sent back from review: a draft with the editor's note for its author.
        new(
            Title: "Why every fandom needs a wiki gardener",
            Dek: "The volunteers who fix typos at 2 a.m. are the reason you can still find anything.",
            Body: """
                Somewhere right now, a volunteer is renaming a page from “Lighthouse Keeper (character)” to “Ada Penhallow” because the show finally told us her name. Nobody will thank them. Thousands of people will use the page tomorrow.

                ## The quiet work

                Fan wikis are built in bursts (a premiere, a finale, a leaked script) and maintained in silence. The people who do the maintaining call themselves gardeners: they prune duplicate pages, merge theories that turned out to be the same theory, and move spoilers behind warnings before the time zones that have not seen the episode wake up.

                ## What gardeners ask of the rest of us

                - Cite the episode, not “someone on a forum”.
                - Put speculation on the talk page, not the article.
                - Say thank you once in a while.
                """,
            Categories: ["Pop Culture"],
            Tags: ["Fandom Communities"],
            Author: 1,
            PublishedDaysAgo: 0,
            Status: ArticleStatus.Draft,
            ReviewNote: "Love this. Can we hear from one gardener in their own words, and add a line on how to start contributing?"),
    ];
}
