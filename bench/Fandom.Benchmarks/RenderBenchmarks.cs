using System.Text;
using BenchmarkDotNet.Attributes;
using Fandom.Web.Content;

namespace Fandom.Benchmarks;

/// <summary>
/// The whole render of a long article: Markdig with every dialect extension, then HtmlSanitizer, then the
/// spoiler-free text and feed HTML. The body is ~5,000 words with 20 quotes (10 inline, 10 from the library).
/// </summary>
[MemoryDiagnoser]
public class RenderBenchmarks
{
    private readonly ContentRenderer renderer = new();
    private string body = "";
    private RenderContext context = RenderContext.Empty;

    [GlobalSetup]
    public void Setup()
    {
        (body, context) = LongArticle.Build();
        var rendered = renderer.Render(body, context);
        if (rendered.WordCount < 4500) throw new InvalidOperationException($"Only {rendered.WordCount} words.");
    }

    [Benchmark]
    public RenderedContent Render_5000_words_with_20_quotes() => renderer.Render(body, context);

    [Benchmark]
    public int Find_inline_quotes_for_the_library() => renderer.InlineQuotes(body).Count;
}

public static class LongArticle
{
    private static readonly string[] Words =
        "the lantern court trailer finally arrived and fans everywhere watched the ballroom scene again while writers argued about adaptation choices costumes casting and the quiet moments between characters that the book never showed"
            .Split(' ');

    public static (string Body, RenderContext Context) Build()
    {
        var quotes = new Dictionary<int, QuoteEmbed>();
        var people = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var text = new StringBuilder();
        var word = 0;
        string Sentence(int length)
        {
            var s = new StringBuilder();
            for (var i = 0; i < length; i++) s.Append(i == 0 ? "" : " ").Append(Words[word++ % Words.Length]);
            return char.ToUpperInvariant(s[0]) + s.ToString(1, s.Length - 1) + ".";
        }

        for (var section = 0; section < 10; section++)
        {
            text.Append($"## Section {section + 1}: what the trailer shows\n\n");
            for (var paragraph = 0; paragraph < 4; paragraph++)
            {
                text.Append(Sentence(30)).Append(' ').Append(Sentence(25)).Append(" Follow @lanterncourtfans and read *more* at https://example.com/").Append(section).Append(' ').Append(Sentence(30)).Append(' ').Append(Sentence(25)).Append("\n\n");
            }
            var speaker = $"Speaker {section}";
            people[speaker] = $"speaker-{section}";
            text.Append($"> {Sentence(28)}\n>\n> — {speaker}, [Screen Ledger](https://example.com/screen-ledger/{section})\n\n");
            var id = section + 1;
            quotes[id] = new QuoteEmbed(id, Sentence(24), $"Library Speaker {section}", $"library-speaker-{section}", "Kettle & Quill", $"https://example.com/kq/{id}", null);
            text.Append($"{{{{quote {id}}}}}\n\n");
            if (section % 3 == 0) text.Append($":::spoiler Chapter {section}\n{Sentence(20)}\n:::\n\n");
            if (section % 4 == 0) text.Append("{{video https://www.youtube.com/watch?v=Lc7ntRnQx2k}}\n\n");
        }
        return (text.ToString(), new RenderContext(quotes, new Dictionary<int, MediaEmbed>(), people, "bluesky"));
    }
}
