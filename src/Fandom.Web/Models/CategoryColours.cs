using Fandom.Web.Services.Articles;

namespace Fandom.Web.Models;

/// <summary>
/// Each category's colour identity, as a CSS class (cat-0 … cat-7 in site.css) derived from its slug, so new
/// sections get a colour without configuration and keep it across renames of anything but the slug.
/// </summary>
public static class CategoryColours
{
    public const int Count = 8;

    public static string ClassFor(string slug)
    {
        // FNV-1a: stable across processes, unlike string.GetHashCode.
        var hash = 2166136261u;
        foreach (var c in slug) hash = (hash ^ c) * 16777619u;
        // The middle bits of FNV-1a are the best mixed.
        return $"cat-{(hash >> 13) % Count}";
    }

    /// <summary>An article takes its first section's colour; one in no section has none ("").</summary>
    public static string ForArticle(IReadOnlyList<TermLink> categories) =>
        categories.Count > 0 ? ClassFor(categories[0].Slug) : "";
}
