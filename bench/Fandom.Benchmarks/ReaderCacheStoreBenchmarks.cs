using BenchmarkDotNet.Attributes;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.DependencyInjection;

namespace Fandom.Benchmarks;

/// <summary>
/// What a reader-cache hit costs in the store, for the two designs several instances could share a cache with:
/// each instance's memory (the app's, changes broadcast through Redis) against ASP.NET Core's Redis output-cache
/// store (one cache in Redis). The entry is the size of a stored article page (about 12 KB as sent in Brotli), and
/// incompressible, as compressed bytes are. The store's answer is all that differs: the output cache middleware
/// reads the same entry format from either. FANDOM_BENCH_REDIS names the Redis server (default 127.0.0.1:6379).
/// </summary>
[MemoryDiagnoser]
public class ReaderCacheStoreBenchmarks
{
    private const string Key = "bench:article-page";
    private static readonly string[] Tags = ["reader-pages", "article:1"];

    private ServiceProvider memory = null!, redis = null!;
    private IOutputCacheStore memoryStore = null!, redisStore = null!;

    [GlobalSetup]
    public async Task Setup()
    {
        memory = new ServiceCollection().AddOptions().AddOutputCache().BuildServiceProvider();
        var server = Environment.GetEnvironmentVariable("FANDOM_BENCH_REDIS") is { Length: > 0 } configured ? configured : "127.0.0.1:6379";
        redis = new ServiceCollection().AddOptions()
            .AddStackExchangeRedisOutputCache(o => { o.Configuration = server; o.InstanceName = "fandom-bench:"; })
            .BuildServiceProvider();
        memoryStore = memory.GetRequiredService<IOutputCacheStore>();
        redisStore = redis.GetRequiredService<IOutputCacheStore>();
        var page = new byte[12 * 1024];
        new Random(20261201).NextBytes(page);
        foreach (var store in new[] { memoryStore, redisStore })
        {
            await store.SetAsync(Key, page, Tags, TimeSpan.FromMinutes(10), default);
            if ((await store.GetAsync(Key, default))?.Length != page.Length) throw new InvalidOperationException("The entry was not stored.");
        }
    }

    [GlobalCleanup]
    public async Task Cleanup()
    {
        await redisStore.EvictByTagAsync(Tags[1], default);
        await memory.DisposeAsync();
        await redis.DisposeAsync();
    }

    [Benchmark(Baseline = true)]
    public async Task<int> Hit_in_this_instances_memory() => (await memoryStore.GetAsync(Key, default))!.Length;

    [Benchmark]
    public async Task<int> Hit_in_the_Redis_output_cache_store() => (await redisStore.GetAsync(Key, default))!.Length;
}
