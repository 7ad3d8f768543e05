using Microsoft.AspNetCore.Identity;

namespace Fandom.Data.Entities;

/// <summary>A signed-in account; with a role it is newsroom staff and has an author page.</summary>
public class StaffUser : IdentityUser
{
    public string DisplayName { get; set; } = "";

    /// <summary>Slug of the author page, /author/{slug}.</summary>
    public string Slug { get; set; } = "";
    public string? Bio { get; set; }

    /// <summary>IANA time zone the editor enters and reads times in; null means the site default.</summary>
    public string? TimeZoneId { get; set; }

    public DateTime CreatedAtUtc { get; set; }
    public List<Article> Articles { get; set; } = [];
}
