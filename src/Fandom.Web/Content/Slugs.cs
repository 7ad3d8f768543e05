using System.Globalization;
using System.Text;

namespace Fandom.Web.Content;

/// <summary>Turns titles and names into URL slugs: lower-case ASCII words joined by hyphens.</summary>
public static class Slugs
{
    public const int MaxLength = 80;

    public static string From(string text)
    {
        var builder = new StringBuilder(text.Length);
        var pendingHyphen = false;
        foreach (var c in (text ?? "").Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            if (char.IsAsciiLetterOrDigit(c))
            {
                if (pendingHyphen && builder.Length > 0) builder.Append('-');
                builder.Append(char.ToLowerInvariant(c));
                pendingHyphen = false;
            }
            else if (c is not '\'' and not '’')
            {
                pendingHyphen = true;
            }
            if (builder.Length >= MaxLength) break;
        }
        var slug = builder.ToString().Trim('-');
        return slug.Length == 0 ? "untitled" : slug;
    }

    /// <summary>
    /// The first of <paramref name="slug"/>, <c>slug-2</c>, <c>slug-3</c>… that <paramref name="isTaken"/> says is free.
    /// </summary>
    public static async Task<string> FirstFreeAsync(string slug, Func<string, Task<bool>> isTaken)
    {
        var candidate = slug;
        for (var n = 2; await isTaken(candidate); n++)
            candidate = $"{slug}-{n}";
        return candidate;
    }
}
