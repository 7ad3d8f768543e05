using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace Fandom.Web.Services.Search;

/// <summary>
/// The snippet under a search result, made here from the article's search text rather than by the database,
/// so it costs nothing per match (only the page shown gets one) and reads the same on every provider.
/// </summary>
public static partial class Snippets
{
    /// <summary>Words in a snippet.</summary>
    public const int Length = 30;

    /// <summary>
    /// The <see cref="Length"/> words of <paramref name="text"/> with the most different query tokens in them
    /// (the earliest such run), HTML-encoded, each matching word in <c>&lt;mark&gt;</c>; an ellipsis where text is cut.
    /// </summary>
    public static string Html(string text, IReadOnlyList<string> tokens)
    {
        var words = Word().Matches(text);
        if (words.Count == 0) return "";
        var prefixes = tokens.Select(Prefix).ToList();
        var matched = words.Select(w => prefixes.FindIndex(p => Matches(w.Value, p))).ToArray();

        // Every run of Length words scored in one slide: how many different tokens it has, then how many matches.
        var inWindow = new int[prefixes.Count];
        var (distinct, count) = (0, 0);
        var scores = new (int Distinct, int Count)[Math.Max(1, words.Count - Length + 1)];
        for (var i = 0; i < words.Count; i++)
        {
            if (matched[i] >= 0 && inWindow[matched[i]]++ == 0) distinct++;
            if (matched[i] >= 0) count++;
            if (i >= Length && matched[i - Length] >= 0)
            {
                count--;
                if (--inWindow[matched[i - Length]] == 0) distinct--;
            }
            if (i >= Length - 1 || i == words.Count - 1) scores[Math.Max(0, i - Length + 1)] = (distinct, count);
        }
        var start = 0;
        for (var first = 1; first < scores.Length; first++)
            if (scores[first].CompareTo(scores[start]) > 0) start = first;
        // The earliest best run ends at its last match; a few words of lead-in read better, when they lose nothing.
        var firstMatch = Array.FindIndex(matched, start, t => t >= 0);
        var centred = Math.Min(Math.Max(0, firstMatch - Length / 4), scores.Length - 1);
        if (firstMatch >= 0 && centred > start && scores[centred] == scores[start]) start = centred;

        var end = Math.Min(words.Count, start + Length) - 1;

        var html = new StringBuilder();
        if (start > 0) html.Append('…');
        for (var i = start; i <= end; i++)
        {
            if (i > start) html.Append(Encode(text[(words[i - 1].Index + words[i - 1].Length)..words[i].Index]));
            if (matched[i] >= 0) html.Append("<mark>").Append(WebUtility.HtmlEncode(words[i].Value)).Append("</mark>");
            else html.Append(WebUtility.HtmlEncode(words[i].Value));
        }
        var tail = text[(words[end].Index + words[end].Length)..];
        if (end < words.Count - 1) html.Append('…');
        else if (!string.IsNullOrWhiteSpace(tail)) html.Append(Encode(tail.TrimEnd()));
        return html.ToString();
    }

    /// <summary>
    /// What a word must start with to count as a match of <paramref name="token"/>: the token less a common English
    /// ending, so "lanterns" marks "lantern" as the stemming index found it (a highlight, not the match itself).
    /// </summary>
    private static string Prefix(string token)
    {
        foreach (var ending in Endings)
            if (token.Length - ending.Length >= 3 && token.EndsWith(ending, StringComparison.Ordinal)) return token[..^ending.Length];
        return token;
    }

    private static readonly string[] Endings = ["ingly", "edly", "ings", "ing", "ies", "ied", "es", "ed", "ly", "s"];

    /// <summary>Case- and accent-insensitive, as both indexes read words (café matches cafe).</summary>
    private static bool Matches(string word, string prefix) => Ascii.IsValid(word)
        ? word.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)
        : CultureInfo.InvariantCulture.CompareInfo.IsPrefix(word, prefix, CompareOptions.IgnoreCase | CompareOptions.IgnoreNonSpace);

    /// <summary>Title, dek and body are separate lines in the search text; a dot keeps them apart in one line of snippet.</summary>
    private static string Encode(string between) => WebUtility.HtmlEncode(LineBreaks().Replace(between, " · "));

    [GeneratedRegex(@"\s*\n\s*")]
    private static partial Regex LineBreaks();

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Word();
}
