namespace Fandom.Bench.Measure;

public static class Percentiles
{
    /// <summary>Nearest-rank percentile of milliseconds.</summary>
    public static double Of(IReadOnlyList<double> sortedMilliseconds, double percent)
    {
        if (sortedMilliseconds.Count == 0) return double.NaN;
        var rank = (int)Math.Ceiling(percent / 100.0 * sortedMilliseconds.Count);
        return sortedMilliseconds[Math.Clamp(rank - 1, 0, sortedMilliseconds.Count - 1)];
    }
}
