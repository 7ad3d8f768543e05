using Fandom.Data.Entities;
using Microsoft.AspNetCore.Authorization;

namespace Fandom.Web.Authorization;

/// <summary>Named policies for the staff areas; each role includes the rights of the one below.</summary>
public static class Policies
{
    public const string Staff = "Staff";
    public const string Editor = "Editor";
    public const string Admin = "Admin";

    public static AuthorizationBuilder AddFandomPolicies(this AuthorizationBuilder builder) => builder
        .AddPolicy(Staff, p => p.RequireRole(StaffRoles.Staff))
        .AddPolicy(Editor, p => p.RequireRole(StaffRoles.Editors))
        .AddPolicy(Admin, p => p.RequireRole(Roles.Admin));
}
