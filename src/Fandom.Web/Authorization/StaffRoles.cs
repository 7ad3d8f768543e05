using System.Security.Claims;
using Fandom.Data.Entities;

namespace Fandom.Web.Authorization;

/// <summary>
/// Which roles count as staff and as editors, for policies, handlers, controllers and views alike: each role
/// includes the rights of the one below (SPEC §2), so "an editor" is an Editor or an Admin.
/// </summary>
public static class StaffRoles
{
    /// <summary>Everyone who may enter the newsroom.</summary>
    public static readonly IReadOnlyList<string> Staff = Roles.All;

    /// <summary>Everyone who may publish and edit any article.</summary>
    public static readonly IReadOnlyList<string> Editors = [Roles.Editor, Roles.Admin];

    /// <summary>An Author, Editor or Admin.</summary>
    public static bool IsStaff(this ClaimsPrincipal user) => Staff.Any(user.IsInRole);

    /// <summary>An Editor or Admin.</summary>
    public static bool IsEditor(this ClaimsPrincipal user) => Editors.Any(user.IsInRole);

    public static bool IsAdmin(this ClaimsPrincipal user) => user.IsInRole(Roles.Admin);
}
