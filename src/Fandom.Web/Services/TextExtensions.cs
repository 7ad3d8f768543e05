namespace Fandom.Web.Services;

public static class TextExtensions
{
    /// <summary>
    /// An optional field as it is stored: trimmed, and null when nothing is left, so an emptied form field
    /// clears the value rather than saving blanks.
    /// </summary>
    public static string? TrimToNull(this string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
