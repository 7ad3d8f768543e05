namespace Fandom.Data.Entities;

/// <summary>A redirect an editor added by hand (article and category slug changes redirect on their own).</summary>
public class Redirect
{
    public int Id { get; set; }

    /// <summary>Site-relative path, e.g. "/old-section/story".</summary>
    public required string FromPath { get; set; }
    public required string ToPath { get; set; }
    public bool Permanent { get; set; } = true;
    public string? CreatedById { get; set; }
    public DateTime CreatedAtUtc { get; set; }
}
