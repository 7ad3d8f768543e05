namespace Fandom.Data.Entities;

/// <summary>What decides whether readers see an article (SPEC §4), on the article and on each of its list rows.</summary>
public interface IReaderVisibility
{
    ArticleStatus Status { get; }
    DateTime? PublishAtUtc { get; }
    DateTime? UnpublishAtUtc { get; }
}
