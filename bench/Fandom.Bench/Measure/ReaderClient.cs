using System.Diagnostics;
using System.Net;

namespace Fandom.Bench.Measure;

/// <summary>
/// One kept-alive connection, one request at a time. With <c>uncached</c> it sends an Authorization header:
/// the reader output cache skips any request that carries one, yet the page renders for an anonymous reader.
/// </summary>
public sealed class ReaderClient(string baseUrl, bool uncached) : IDisposable
{
    public const string UncachedHeader = "Bearer bench";

    private readonly HttpClient client = new(new SocketsHttpHandler
    {
        MaxConnectionsPerServer = 1,
        PooledConnectionIdleTimeout = TimeSpan.FromMinutes(10),
        AutomaticDecompression = DecompressionMethods.None,
        AllowAutoRedirect = false,
    })
    { BaseAddress = new Uri(baseUrl), Timeout = TimeSpan.FromMinutes(2) };

    public async Task<(HttpStatusCode Status, string? ContentType, byte[] Body)> GetAsync(string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (uncached) request.Headers.TryAddWithoutValidation("Authorization", UncachedHeader);
        using var response = await client.SendAsync(request);
        var body = await response.Content.ReadAsByteArrayAsync();
        return (response.StatusCode, response.Content.Headers.ContentType?.ToString(), body);
    }

    /// <summary>
    /// Sequential latency: a few warm-up requests, then <paramref name="count"/> timed ones (whole body read), or
    /// fewer when they take longer than <paramref name="budget"/> in all, so slow pages of big archives still finish.
    /// </summary>
    public async Task<LatencyResult> MeasureAsync(string path, int count, TimeSpan budget, int warmUp = 5)
    {
        for (var i = 0; i < warmUp; i++) await GetAsync(path);
        var times = new List<double>(count);
        var failures = 0;
        var total = Stopwatch.StartNew();
        for (var i = 0; i < count && (i < 20 || total.Elapsed < budget); i++)
        {
            var clock = Stopwatch.StartNew();
            var (status, _, _) = await GetAsync(path);
            times.Add(clock.Elapsed.TotalMilliseconds);
            if (status != HttpStatusCode.OK) failures++;
        }
        times.Sort();
        return new LatencyResult(Percentiles.Of(times, 50), Percentiles.Of(times, 90), times.Count, failures);
    }

    /// <summary>
    /// Requests every path in turn until <paramref name="duration"/> has passed. The JIT compiles a method quickly
    /// first and again, optimized, only after it has run a while and start-up has calmed down; without this, the first
    /// pages measured one at a time run on code the later ones find optimized.
    /// </summary>
    public async Task<int> WarmUpAsync(IReadOnlyList<string> paths, TimeSpan duration)
    {
        var requests = 0;
        for (var clock = Stopwatch.StartNew(); clock.Elapsed < duration;)
            foreach (var path in paths)
            {
                await GetAsync(path);
                requests++;
            }
        return requests;
    }

    public void Dispose() => client.Dispose();
}

public sealed record LatencyResult(double P50Ms, double P90Ms, int Requests, int Failures);
