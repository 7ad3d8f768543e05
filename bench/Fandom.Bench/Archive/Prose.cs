using System.Text;

namespace Fandom.Bench.Archive;

/// <summary>Seeded filler prose: sentences and paragraphs of <see cref="Vocabulary.Words"/>.</summary>
public static class Prose
{
    public static string Sentence(Random random, int minWords, int maxWords)
    {
        var count = random.Next(minWords, maxWords + 1);
        var text = new StringBuilder(count * 8);
        for (var i = 0; i < count; i++)
        {
            var word = Vocabulary.Words[random.Next(Vocabulary.Words.Length)];
            if (i > 0) text.Append(i == count / 2 && random.Next(4) == 0 ? ", " : " ");
            // Now and then an emphasised word, as writers do.
            var emphasis = i > 0 && word.Length > 4 && random.Next(40) == 0;
            if (emphasis) text.Append('*');
            text.Append(i == 0 ? char.ToUpperInvariant(word[0]) + word[1..] : word);
            if (emphasis) text.Append('*');
        }
        return text.Append('.').ToString();
    }

    public static string Paragraph(Random random, int minSentences, int maxSentences)
    {
        var count = random.Next(minSentences, maxSentences + 1);
        return string.Join(' ', Enumerable.Range(0, count).Select(_ => Sentence(random, 8, 20)));
    }

    /// <summary>A few words in title case, for headings and titles.</summary>
    public static string Phrase(Random random, int words) =>
        string.Join(' ', Enumerable.Range(0, words).Select(_ => Vocabulary.Words[random.Next(Vocabulary.Words.Length)]));

    public static string Capitalised(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
