namespace Fandom.Data.Entities;

public class Quote
{
    public int Id { get; set; }
    public required string Text { get; set; }
    public int SpeakerId { get; set; }
    public Person? Speaker { get; set; }
    public string? SourceName { get; set; }
    public string? SourceUrl { get; set; }
    public DateOnly? SaidOn { get; set; }
    public string? Context { get; set; }

    /// <summary>The article whose body this quote was written in, when it was collected from one.</summary>
    public int? OriginArticleId { get; set; }
    public Article? OriginArticle { get; set; }

    /// <summary>Hash of the speaker and normalised text, so an inline quote saved twice is recorded once.</summary>
    public string Fingerprint { get; set; } = "";

    public DateTime CreatedAtUtc { get; set; }
    public DateTime UpdatedAtUtc { get; set; }

    /// <summary>Articles that embed or contain this quote.</summary>
    public List<Article> Articles { get; set; } = [];
}
