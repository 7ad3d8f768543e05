using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Fandom.Web.Services.Quotes;

/// <summary>
/// Identifies a quote by who said it and what they said, ignoring case, spacing, curly quotes and
/// surrounding quotation marks: the same words typed twice, or in two articles, are one library quote.
/// </summary>
public static class QuoteFingerprint
{
    public static string Of(string speaker, string text)
    {
        var normal = $"{Normalise(speaker)}\n{Normalise(text).Trim('"', '\'', ' ')}";
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(normal)));
    }

    private static string Normalise(string value)
    {
        var builder = new StringBuilder(value.Length);
        var space = false;
        foreach (var c in value.Normalize(NormalizationForm.FormKC))
        {
            if (char.IsWhiteSpace(c)) { space = builder.Length > 0; continue; }
            if (space) builder.Append(' ');
            space = false;
            builder.Append(c switch
            {
                '“' or '”' or '„' or '«' or '»' => '"',
                '‘' or '’' or '‚' => '\'',
                _ => char.ToLower(c, CultureInfo.InvariantCulture),
            });
        }
        return builder.ToString();
    }
}
