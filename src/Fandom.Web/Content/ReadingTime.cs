namespace Fandom.Web.Content;

public static class ReadingTime
{
    /// <summary>Words an average reader reads in a minute.</summary>
    public const int WordsPerMinute = 230;

    /// <summary>A reading-time estimate for a body of <paramref name="wordCount"/> words, at least one minute.</summary>
    public static int Minutes(int wordCount) => Math.Max(1, (int)Math.Round(wordCount / (double)WordsPerMinute));
}
