namespace Fandom.Bench.Archive;

/// <summary>Picks indexes 0..n-1 with fixed weights, e.g. Zipf's law: a few tags on many articles, most on few.</summary>
public sealed class WeightedPick
{
    private readonly double[] cumulative;

    public WeightedPick(IEnumerable<double> weights)
    {
        var sum = 0.0;
        cumulative = weights.Select(w => sum += w).ToArray();
    }

    /// <summary>Weight 1/rank^exponent for rank 1..count.</summary>
    public static WeightedPick Zipf(int count, double exponent = 1.0) =>
        new(Enumerable.Range(1, count).Select(rank => 1.0 / Math.Pow(rank, exponent)));

    public int Next(Random random)
    {
        var at = random.NextDouble() * cumulative[^1];
        var index = Array.BinarySearch(cumulative, at);
        return Math.Min(index < 0 ? ~index : index, cumulative.Length - 1);
    }

    /// <summary>Up to <paramref name="count"/> distinct picks (fewer when the draws keep repeating).</summary>
    public List<int> Distinct(Random random, int count)
    {
        var picked = new List<int>(count);
        for (var attempt = 0; picked.Count < count && attempt < count * 4; attempt++)
        {
            var index = Next(random);
            if (!picked.Contains(index)) picked.Add(index);
        }
        return picked;
    }
}
