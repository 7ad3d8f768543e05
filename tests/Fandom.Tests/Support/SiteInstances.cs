using Fandom.Web.Options;
using Fandom.Web.Services.Site;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Npgsql;

namespace Fandom.Tests.Support;

/// <summary>
/// One site run as two instances, as behind a load balancer: two real apps (each with its own memory and reader cache)
/// on one PostgreSQL database, one Redis server and one clock. FANDOM_TEST_REDIS names the Redis server (tests/run.sh
/// starts one); each site uses a key prefix of its own on it, so test classes running side by side do not hear each other.
/// </summary>
public class SiteInstances : IAsyncLifetime
{
    public const string RedisVariable = "FANDOM_TEST_REDIS";

    private readonly string database = $"fandom_test_{Guid.NewGuid():N}";

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 6, 1, 9, 0, 0, TimeSpan.Zero));

    public SiteInstance A { get; private set; } = null!;

    public SiteInstance B { get; private set; } = null!;

    public IEnumerable<SiteInstance> Both => [A, B];

    /// <summary>Sign-in attempts per address and minute, for the site as a whole.</summary>
    protected virtual int SignInAttemptsPerMinute => 100_000;

    /// <summary>Content API requests per address and minute, for the site as a whole.</summary>
    protected virtual int ApiRequestsPerMinute => 100_000;

    protected virtual Task<string> StartRedisAsync() => Task.FromResult(
        Environment.GetEnvironmentVariable(RedisVariable) is { Length: > 0 } server
            ? server
            : throw new InvalidOperationException($"{RedisVariable} is not set: run the tests with tests/run.sh, which starts Redis."));

    public virtual async Task InitializeAsync()
    {
        await PostgresApp.AdminAsync($"CREATE DATABASE \"{database}\"");
        var redis = await StartRedisAsync();
        var settings = new Dictionary<string, string>
        {
            ["ConnectionStrings:Redis"] = redis,
            ["Fandom:Redis:Prefix"] = $"fandom-test-{Guid.NewGuid():N}",
            ["Fandom:Security:SignInAttemptsPerMinute"] = SignInAttemptsPerMinute.ToString(),
            ["Fandom:Api:RequestsPerMinute"] = ApiRequestsPerMinute.ToString(),
        };
        var connectionString = new NpgsqlConnectionStringBuilder(PostgresApp.AdminConnectionString) { Database = database }.ToString();
        // The first instance migrates the database and makes the data-protection key before the second starts, as
        // the first replica of a new deployment does.
        A = new SiteInstance(connectionString, settings, Clock);
        (await A.Reader().GetAsync("/Identity/Account/Login")).EnsureSuccessStatusCode();
        B = new SiteInstance(connectionString, settings, Clock);
        (await B.Reader().GetAsync("/Identity/Account/Login")).EnsureSuccessStatusCode();
        await InStepAsync();
    }

    /// <summary>Waits until every instance hears the others' changes (it connects to Redis in the background).</summary>
    public async Task InStepAsync()
    {
        foreach (var instance in Both)
        {
            var broadcast = instance.Services.GetRequiredService<IReaderCacheBroadcast>();
            for (var waited = 0; !broadcast.InStep; waited += 100)
            {
                if (waited > 20_000) throw new TimeoutException("An instance did not get in step with the others through Redis.");
                await Task.Delay(100);
            }
        }
    }

    public virtual async Task DisposeAsync()
    {
        foreach (var instance in new[] { B, A }.Where(i => i is not null)) await ((IAsyncLifetime)instance).DisposeAsync();
        NpgsqlConnection.ClearAllPools();
        await PostgresApp.AdminAsync($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)");
    }
}

/// <summary>Two instances on a Redis server of the test's own, which it can stop and start again.</summary>
public sealed class SiteInstancesWithOwnRedis : SiteInstances
{
    public RedisServer Redis { get; } = new();

    protected override async Task<string> StartRedisAsync()
    {
        await Redis.StartAsync();
        return Redis.ConnectionString;
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await Redis.DisposeAsync();
    }
}

/// <summary>Two instances with the sign-in limit it ships with, low enough for a test to reach.</summary>
public sealed class RateLimitedSiteInstances : SiteInstances
{
    public const int AttemptsPerMinute = 3;

    protected override int SignInAttemptsPerMinute => AttemptsPerMinute;

    protected override int ApiRequestsPerMinute => AttemptsPerMinute;
}

/// <summary>One instance of a <see cref="SiteInstances"/> site: the database, Redis and clock are its siblings' too.</summary>
public sealed class SiteInstance : FandomApp
{
    private readonly IReadOnlyDictionary<string, string> settings;

    public SiteInstance(string connectionString, IReadOnlyDictionary<string, string> settings, FakeTimeProvider clock)
    {
        ConnectionString = connectionString;
        this.settings = settings;
        Clock = clock;
    }

    public override DatabaseProvider Provider => DatabaseProvider.Postgres;

    protected override string ConnectionString { get; }

    public override Task BreakDatabaseAsync() =>
        throw new NotSupportedException("The instances share one database; a broken database is tested on PostgresApp.");

    public override Task RefuseWritesAsync() =>
        throw new NotSupportedException("The instances share one database; refused writes are tested on PostgresApp.");

    public override Task AcceptWritesAsync() =>
        throw new NotSupportedException("The instances share one database; refused writes are tested on PostgresApp.");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        foreach (var (key, value) in settings) builder.UseSetting(key, value);
    }
}
