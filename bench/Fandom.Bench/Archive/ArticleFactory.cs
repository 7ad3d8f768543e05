using Fandom.Data.Entities;
using Fandom.Web.Content;

namespace Fandom.Bench.Archive;

/// <summary>The rows one batch attaches to its own DbContext, so articles link existing rows without loading them.</summary>
public sealed record BatchRows(IReadOnlyList<Category> Categories, IReadOnlyList<Tag> Tags, IReadOnlyList<StaffUser> Authors);

/// <summary>
/// Article number <c>index</c> of the archive, always the same for the same seed: its own seeded random
/// decides status, dates, sections, tags, bylines and body, so batches can be built in any order and in parallel.
/// </summary>
public sealed class ArticleFactory(Newsroom newsroom, int seed, int articleCount)
{
    private static readonly WeightedPick CategoryPick = new([30, 25, 20, 15, 10]);
    private static readonly WeightedPick AuthorPick = WeightedPick.Zipf(Newsroom.AuthorCount, 0.6);
    private readonly WeightedPick tagPick = WeightedPick.Zipf(newsroom.Tags.Count, 1.05);

    /// <summary>The visible article that carries <see cref="SearchWords.Rare"/>.</summary>
    public int RareWordArticle { get; } = FirstFrom(articleCount / 2, articleCount, i => Status(seed, i) == Lifecycle.Live);

    /// <summary>A draft that also carries the rare word, which search must not find.</summary>
    public int RareWordDraft { get; } = FirstFrom(articleCount / 2, articleCount, i => Status(seed, i) == Lifecycle.Draft);

    public enum Lifecycle { Live, Draft, Unpublished, InReview, Archived, Scheduled, TakenDown }

    /// <summary>About 85 % of articles are live; the rest are everything else the desk holds.</summary>
    public static Lifecycle Status(int seed, int index)
    {
        var roll = Seeded(seed, index).NextDouble();
        return roll switch
        {
            < 0.03 => Lifecycle.Draft,
            < 0.05 => Lifecycle.Unpublished,
            < 0.08 => Lifecycle.InReview,
            < 0.11 => Lifecycle.Archived,
            < 0.14 => Lifecycle.Scheduled,
            < 0.15 => Lifecycle.TakenDown,
            _ => Lifecycle.Live,
        };
    }

    public Article Create(int index, BatchRows rows)
    {
        var random = Seeded(seed, index);
        var lifecycle = Status(seed, index);
        random.NextDouble(); // the status roll

        var tags = tagPick.Distinct(random, random.Next(1, 6)).Select(i => rows.Tags[i]).ToList();
        var categories = new List<Category> { rows.Categories[CategoryPick.Next(random)] };
        if (random.Next(10) == 0) categories = categories.Union([rows.Categories[CategoryPick.Next(random)]]).ToList();
        var authors = AuthorPick.Distinct(random, random.Next(7) == 0 ? 2 : 1).Select(i => rows.Authors[i]).ToList();

        var show = tags[0].Name;
        var title = Title(random, show);
        var written = newsroom.AnchorUtc.AddMinutes(-random.Next(1, 10 * 365 * 24 * 60));
        var scheduledFor = newsroom.AnchorUtc.AddMinutes(random.Next(30 * 24 * 60, 365 * 24 * 60));

        var plants = new List<string>();
        if (SearchWords.HasCommonWord(index)) plants.Add($"Fans still call it the {SearchWords.Common} scene.");
        if (index == RareWordArticle || index == RareWordDraft) plants.Add($"The {SearchWords.Rare} pendant is back.");

        var article = new Article
        {
            Title = title,
            Slug = $"{Slugs.From(title)}-{index + 1}",
            Dek = Prose.Sentence(random, 12, 22),
            Body = new BodyWriter(random, newsroom, show, index).Write(plants),
            HeroMediaId = random.Next(10) < 6 ? newsroom.MediaIds[random.Next(newsroom.MediaIds.Count)] : null,
            ContentNotes = random.Next(25) == 0 ? "grief" : null,
            Status = lifecycle switch
            {
                Lifecycle.Live or Lifecycle.Scheduled or Lifecycle.TakenDown => ArticleStatus.Published,
                Lifecycle.InReview => ArticleStatus.InReview,
                Lifecycle.Archived => ArticleStatus.Archived,
                _ => ArticleStatus.Draft,
            },
            PublishAtUtc = lifecycle switch
            {
                Lifecycle.Draft or Lifecycle.InReview => null,
                Lifecycle.Scheduled => scheduledFor,
                _ => written,
            },
            UnpublishAtUtc = lifecycle == Lifecycle.TakenDown ? written.AddDays(random.Next(1, 30)) : null,
            CreatedAtUtc = (lifecycle == Lifecycle.Scheduled ? newsroom.AnchorUtc : written).AddDays(-random.Next(1, 8)),
            UpdatedAtUtc = lifecycle == Lifecycle.Scheduled ? newsroom.AnchorUtc : written,
            ReviewNote = lifecycle == Lifecycle.InReview && random.Next(3) == 0 ? "Tighten the second section, please." : null,
            Authors = authors,
            Categories = categories,
            Tags = tags,
        };
        if (article.UnpublishAtUtc > newsroom.AnchorUtc) article.UnpublishAtUtc = newsroom.AnchorUtc.AddHours(-1);
        return article;
    }

    private static string Title(Random random, string show) => random.Next(6) switch
    {
        0 => $"{show}: {random.Next(3, 12)} things we noticed in the season {random.Next(1, 6)} trailer",
        1 => $"Why the {Prose.Phrase(random, 2)} in {show} still matters",
        2 => $"Review: {show} finds its {Prose.Phrase(random, 1)}",
        3 => $"Everything we know about {show} season {random.Next(2, 7)}",
        4 => $"The {Prose.Phrase(random, 2)} of {show}, explained",
        _ => $"{Prose.Capitalised(Prose.Phrase(random, 3))}: inside the {show} {Prose.Phrase(random, 1)}",
    };

    // Not HashCode.Combine: it is randomised per process, and the archive must be the same on every run.
    private static Random Seeded(int seed, int index) => new(unchecked(seed * 1_000_003 + index));

    private static int FirstFrom(int start, int end, Func<int, bool> match)
    {
        for (var i = start; i < end; i++)
            if (match(i)) return i;
        return -1;
    }
}
