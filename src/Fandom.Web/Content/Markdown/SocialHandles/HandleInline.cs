using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax.Inlines;

namespace Fandom.Web.Content.Markdown.SocialHandles;

/// <summary>An <c>@handle</c>, or <c>@user@instance</c> as Mastodon writes them.</summary>
public sealed class HandleInline : LeafInline
{
    public required string User { get; init; }
    public string? Instance { get; init; }
    public string Text => Instance is null ? $"@{User}" : $"@{User}@{Instance}";
}

/// <summary>
/// Reads <c>@handle</c> where a handle can start: not after a letter, digit or address character, so
/// e-mail addresses are left alone. Code spans and autolinks are parsed before this sees their '@'.
/// </summary>
public sealed class HandleParser : InlineParser
{
    private const int MaxLength = 64;

    public HandleParser() => OpeningCharacters = ['@'];

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        var previous = slice.PeekCharExtra(-1);
        if (char.IsLetterOrDigit(previous) || previous is '@' or '.' or '/' or '\\' or '-' or '+' or '=' or ':' or '&' or '%') return false;

        var text = slice.Text;
        var start = slice.Start;
        var userEnd = ReadName(text, start + 1, slice.End, allowHyphen: false);
        if (userEnd == start + 1 || userEnd - start - 1 > MaxLength) return false;
        var user = text[(start + 1)..userEnd];

        string? instance = null;
        var end = userEnd;
        if (end <= slice.End && text[end] == '@')
        {
            var instanceEnd = ReadName(text, end + 1, slice.End, allowHyphen: true);
            var candidate = text[(end + 1)..instanceEnd];
            // user@example.com typed with a leading @ is still an address, not two handles.
            if (!candidate.Contains('.') || candidate.Length > 253) return false;
            instance = candidate;
            end = instanceEnd;
        }
        if (end <= slice.End && (char.IsLetterOrDigit(text[end]) || text[end] == '@')) return false;

        processor.Inline = new HandleInline
        {
            User = user, Instance = instance,
            Span = new Markdig.Syntax.SourceSpan(processor.GetSourcePosition(start, out var line, out var column), processor.GetSourcePosition(end - 1)),
            Line = line, Column = column,
        };
        slice.Start = end;
        return true;
    }

    /// <summary>Letters, digits, '_' and inner dots (a sentence's full stop after a handle is not part of it).</summary>
    private static int ReadName(string text, int from, int last, bool allowHyphen)
    {
        var end = from;
        while (end <= last && (char.IsAsciiLetterOrDigit(text[end]) || text[end] is '_' or '.' || (allowHyphen && text[end] == '-'))) end++;
        while (end > from && text[end - 1] is '.' or '-') end--;
        return end;
    }
}
