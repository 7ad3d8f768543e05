namespace Fandom.Data.Entities;

/// <summary>A path readers asked for that did not exist, counted, for the "redirect this" list.</summary>
public class NotFoundHit
{
    public int Id { get; set; }
    public required string Path { get; set; }
    public int Count { get; set; }
    public DateTime FirstSeenUtc { get; set; }
    public DateTime LastSeenUtc { get; set; }
}
