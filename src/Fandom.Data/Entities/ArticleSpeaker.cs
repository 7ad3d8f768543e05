namespace Fandom.Data.Entities;

/// <summary>
/// An article that quotes a person, once however many of their quotes it holds: the list of the person's page.
/// The database derives these rows from the article's quotes (migration ArticleSpeakers), so the app only reads them.
/// </summary>
public class ArticleSpeaker : ArticleListing
{
    public int PersonId { get; set; }
    public Person? Person { get; set; }
}
