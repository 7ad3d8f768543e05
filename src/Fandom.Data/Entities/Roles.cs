namespace Fandom.Data.Entities;

/// <summary>The newsroom roles (SPEC §2); each includes everything the one before may do.</summary>
public static class Roles
{
    public const string Author = "Author";
    public const string Editor = "Editor";
    public const string Admin = "Admin";

    public static readonly IReadOnlyList<string> All = [Author, Editor, Admin];
}
