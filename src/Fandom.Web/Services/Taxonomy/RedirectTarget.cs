using System.Text;
using Fandom.Web.Content;

namespace Fandom.Web.Services.Taxonomy;

/// <summary>
/// Where a redirect may send a reader: a path on this site that cannot leave it, or an absolute http(s) address.
/// Browsers drop TAB, CR and LF from a URL and read a backslash as a slash, so <c>/\t/evil.example</c> or
/// <c>/\evil.example</c> would leave the site as <c>//evil.example</c>; a control or space character, a backslash
/// or a leading <c>//</c> is therefore refused. The same test guards redirects stored before it existed.
/// </summary>
public static class RedirectTarget
{
    /// <summary>True for an absolute address, which readers leave the site for.</summary>
    public static bool IsExternal(string target) => !target.StartsWith('/');

    public static bool IsAllowed(string? target)
    {
        if (string.IsNullOrEmpty(target) || target.Any(c => char.IsControl(c) || char.IsWhiteSpace(c) || c == '\\')) return false;
        if (target[0] == '/') return target.Length == 1 || target[1] != '/';
        return WebAddresses.IsWebAddress(target);
    }

    /// <summary>
    /// The Location header for a stored target, or null when the target is not allowed. A response header carries
    /// ASCII only, so other characters are sent percent-encoded as UTF-8, which browsers decode back.
    /// </summary>
    public static string? Location(string target)
    {
        if (!IsAllowed(target)) return null;
        var location = new StringBuilder(target.Length);
        Span<byte> bytes = stackalloc byte[4];
        foreach (var rune in target.EnumerateRunes())
        {
            if (rune.IsAscii) { location.Append((char)rune.Value); continue; }
            foreach (var b in bytes[..rune.EncodeToUtf8(bytes)]) location.Append('%').Append(b.ToString("X2"));
        }
        return location.ToString();
    }
}
