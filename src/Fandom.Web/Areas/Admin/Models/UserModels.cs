using System.ComponentModel.DataAnnotations;
using Fandom.Web.Services;
using Fandom.Web.Services.Admin;

namespace Fandom.Web.Areas.Admin.Models;

public sealed record UserListViewModel(Page<UserRow> Page, string? Search, string? Role, string CurrentUserId)
{
    /// <summary>The list's filters for page <paramref name="page"/>, as route values (query parameters) for its links.</summary>
    public Dictionary<string, string> PageRoute(int page)
    {
        var route = new Dictionary<string, string>();
        if (!string.IsNullOrEmpty(Search)) route["q"] = Search;
        if (!string.IsNullOrEmpty(Role)) route["role"] = Role;
        if (page > 1) route["page"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return route;
    }
}

public sealed record UserDetailViewModel(UserDetail User, IReadOnlyList<StaffChoice> Successors, bool IsSelf);

/// <summary>The one-time link the person sets their password with, shown once to the admin.</summary>
/// <param name="Lifetime">How long the link works.</param>
public sealed record InvitationViewModel(string UserId, string DisplayName, string Email, string Link, string Heading, TimeSpan Lifetime)
{
    public string LifetimeWords => Lifetime.TotalDays >= 2 ? $"{Lifetime.TotalDays:0} days" : "a day";
}

public sealed class CreateUserInputModel
{
    [Required, EmailAddress, StringLength(256)]
    public string Email { get; set; } = "";

    [Required, StringLength(100), Display(Name = "Display name")]
    public string DisplayName { get; set; } = "";

    [Required]
    public string Role { get; set; } = Fandom.Data.Entities.Roles.Author;
}

public sealed class DeleteUserInputModel
{
    [Required(ErrorMessage = "Choose who takes over the articles.")]
    public string SuccessorId { get; set; } = "";
}
