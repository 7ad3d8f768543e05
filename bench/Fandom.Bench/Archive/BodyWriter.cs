using System.Text;
using Fandom.Web.Content;

namespace Fandom.Bench.Archive;

/// <summary>
/// A body in the house Markdown dialect (SPEC §5): sections with headings, attributed quotes written inline,
/// library quotes and images by shortcode, spoiler blocks, links, autolinks, <c>@handles</c> and lists,
/// several hundred words in all.
/// </summary>
public sealed class BodyWriter(Random random, Newsroom newsroom, string show, int index)
{
    private static readonly WeightedPick LibraryQuotePick = WeightedPick.Zipf(Newsroom.LibraryQuoteCount, 0.9);
    private static readonly WeightedPick SpeakerPick = WeightedPick.Zipf(Newsroom.PersonCount, 0.9);

    private readonly StringBuilder body = new(6000);

    /// <param name="plants">Sentences that must be searchable: they go in the opening paragraph, never in a spoiler.</param>
    public string Write(IReadOnlyList<string> plants)
    {
        var opening = Prose.Paragraph(random, 3, 5);
        Paragraph(string.Join(' ', [opening, .. plants]) + $" [Our earlier coverage](https://example.com/coverage/{Slugs.From(show)}) has the background.");

        var sections = random.Next(3, 6);
        var libraryQuotes = random.Next(0, 3);
        for (var section = 0; section < sections; section++)
        {
            body.Append("## ").Append(Prose.Capitalised(Prose.Phrase(random, random.Next(3, 7)))).Append("\n\n");
            Paragraph(Prose.Paragraph(random, 3, 6));
            switch ((section + index) % 5)
            {
                case 0: InlineQuote(); break;
                case 1: Spoiler(); break;
                case 2: List(); break;
                case 3: Paragraph($"{Prose.Sentence(random, 8, 14)} Follow @{Handle()} for more, or read https://example.com/news/{index + 1}."); break;
                default: if (random.Next(3) == 0) Image(); else InlineQuote(); break;
            }
            if (libraryQuotes-- > 0) Line($"{{{{quote {newsroom.LibraryQuoteIds[LibraryQuotePick.Next(random)]}}}}}");
            Paragraph(Prose.Paragraph(random, 2, 5));
        }
        if (index % 3 == 0) Image();
        Paragraph($"{Prose.Sentence(random, 10, 18)} Tell us what you think: @{Handle()}.");
        return body.ToString().TrimEnd() + "\n";
    }

    /// <summary>The attributed form: a block quote whose last paragraph starts with an em dash, then speaker, source.</summary>
    private void InlineQuote()
    {
        var speaker = newsroom.People[SpeakerPick.Next(random)];
        var source = Vocabulary.Sources[random.Next(Vocabulary.Sources.Length)];
        var attribution = random.Next(3) == 0
            ? $"— {speaker}"
            : $"— {speaker}, [{source}](https://example.com/{Slugs.From(source)}/{index + 1})";
        body.Append("> “").Append(Prose.Sentence(random, 12, 26)).Append("”\n>\n> ").Append(attribution).Append("\n\n");
    }

    private void Spoiler()
    {
        body.Append(":::spoiler Season ").Append(random.Next(1, 6)).Append(" finale\n")
            .Append(Prose.Paragraph(random, 2, 3)).Append("\n:::\n\n");
    }

    private void List()
    {
        for (var i = random.Next(3, 6); i > 0; i--) body.Append("- ").Append(Prose.Sentence(random, 4, 9)).Append('\n');
        body.Append('\n');
    }

    private void Image() => Line($"{{{{image {newsroom.MediaIds[random.Next(newsroom.MediaIds.Count)]}}}}}");

    private string Handle() => Slugs.From(show).Replace("-", "") + "fans";

    private void Paragraph(string text) => body.Append(text).Append("\n\n");

    private void Line(string text) => body.Append(text).Append("\n\n");
}
