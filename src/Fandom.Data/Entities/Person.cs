namespace Fandom.Data.Entities;

/// <summary>Someone who is quoted, e.g. an author or an actor; not a staff account.</summary>
public class Person
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public required string Slug { get; set; }
    public string? Bio { get; set; }
    public string? Url { get; set; }
    public List<Quote> Quotes { get; set; } = [];
}
