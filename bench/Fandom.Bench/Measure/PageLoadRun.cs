using Fandom.Bench.Archive;

namespace Fandom.Bench.Measure;

/// <summary>What was measured for one page, filled in stage by stage.</summary>
public sealed class PageMeasurement(BenchPage page)
{
    public BenchPage Page { get; } = page;
    public int Bytes { get; set; }
    public string ContentType { get; set; } = "";
    public int SqlStatements { get; set; }
    public LatencyResult? Sequential { get; set; }
    public WrkResult? Uncached { get; set; }
    public WrkResult? Cached { get; set; }
    public LatencyResult? CeilingSequential { get; set; }
    public WrkResult? Ceiling { get; set; }
}

/// <summary>
/// Memory of a server when it had just started, right after the load runs, and once it has been quiet for
/// <see cref="PageLoadRun.QuietAfterLoad"/> (the app hands back what the load grew once it is over).
/// </summary>
public sealed record Memory(double IdleMb, double AfterLoadMb, double QuietMb);

/// <summary>
/// The page-load benchmark of one archive: the Release app on it (latency one at a time, then wrk uncached
/// and cached), the app again with EF's command log to count statements, then the ceiling server replaying the
/// same bytes, with the same wrk settings.
/// </summary>
public sealed class PageLoadRun(BenchSettings settings, ArchiveLocation location, ArchiveInfo? archive)
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(15);

    public static readonly TimeSpan QuietAfterLoad = TimeSpan.FromSeconds(15);

    public async Task<int> RunAsync()
    {
        var machine = MachineInfo.Read(settings.Root);
        var pages = (await PageSet.FindAsync(settings, location)).Select(p => new PageMeasurement(p)).ToList();
        var appMemory = await MeasureAppAsync(pages);
        var sitemap = await CountSqlAsync(pages);
        var ceilingMemory = await MeasureCeilingAsync(pages);

        var report = Report.Write(settings, location, archive, machine, pages, appMemory, ceilingMemory, sitemap);
        Directory.CreateDirectory(settings.ResultsDirectory);
        var path = Path.Combine(settings.ResultsDirectory, $"{settings.Name}.md");
        await File.WriteAllTextAsync(path, report);
        Console.WriteLine();
        Console.WriteLine(report);
        Console.WriteLine($"written to {Path.GetRelativePath(settings.Root, path)}");
        return 0;
    }

    private async Task<Memory> MeasureAppAsync(List<PageMeasurement> pages)
    {
        await using var app = StartApp("app", new Dictionary<string, string>());
        await app.WaitUntilReadyAsync("/healthz", StartTimeout);
        await Task.Delay(TimeSpan.FromSeconds(2));
        var idle = app.ResidentMegabytes();
        Console.WriteLine($"app: {app.BaseUrl}, {idle:0} MB resident at idle");

        using (var client = new ReaderClient(app.BaseUrl, uncached: true))
        {
            var captured = await PageCapture.CaptureAsync(client, pages.Select(p => p.Page).ToList(), CaptureFolder);
            foreach (var (page, capture) in pages.Zip(captured))
            {
                page.Bytes = capture.Length;
                page.ContentType = capture.ContentType;
            }
            var warmUp = await client.WarmUpAsync(pages.Select(p => p.Page.Path).ToList(), TimeSpan.FromSeconds(settings.WarmUpSeconds));
            // Cache hits run code that no rendering runs (the output cache's lookup and copy): warmed too, or the first
            // page's cached run would be measured partly on code the JIT has not optimized yet.
            using var cachedWarmUp = new ReaderClient(app.BaseUrl, uncached: false);
            var hits = await cachedWarmUp.WarmUpAsync(pages.Select(p => p.Page.Path).ToList(), TimeSpan.FromSeconds(settings.WarmUpSeconds));
            Console.WriteLine($"  warm-up: {warmUp} requests over every page in {settings.WarmUpSeconds} s, then {hits} cached in as long");
            foreach (var page in pages)
            {
                page.Sequential = await client.MeasureAsync(page.Page.Path, settings.Requests, TimeSpan.FromSeconds(settings.RequestSeconds));
                Console.WriteLine($"  {page.Page.Name,-14} one at a time: p50 {page.Sequential.P50Ms:0.0} ms, p90 {page.Sequential.P90Ms:0.0} ms");
            }
        }
        using var reader = new ReaderClient(app.BaseUrl, uncached: false);
        foreach (var page in pages)
        {
            page.Uncached = await Wrk.RunAsync(app.BaseUrl + page.Page.Path, settings, uncached: true);
            await SettleAsync(app.BaseUrl, "/healthz");
            // The cached run measures hits: one request first stores the page.
            await reader.GetAsync(page.Page.Path);
            page.Cached = await Wrk.RunAsync(app.BaseUrl + page.Page.Path, settings, uncached: false);
            await SettleAsync(app.BaseUrl, "/healthz");
            Console.WriteLine($"  {page.Page.Name,-14} wrk: uncached {page.Uncached.RequestsPerSecond:0} req/s, cached {page.Cached.RequestsPerSecond:0} req/s");
        }
        return await MemoryAfterLoadAsync(app, idle);
    }

    /// <summary>Counts each page's statements, then walks the sitemap (outside the timed runs: it reads every file once).</summary>
    private async Task<SitemapFiles> CountSqlAsync(List<PageMeasurement> pages)
    {
        await using var app = StartApp("app-sql", SqlCounter.LoggingEnvironment);
        await app.WaitUntilReadyAsync("/healthz", StartTimeout);
        using var client = new ReaderClient(app.BaseUrl, uncached: true);
        foreach (var page in pages)
        {
            page.SqlStatements = await SqlCounter.CountAsync(app, client, page.Page.Path);
            Console.WriteLine($"  {page.Page.Name,-14} {page.SqlStatements} SQL statements");
        }
        var sitemap = await SitemapWalk.WalkAsync(client);
        Console.WriteLine($"  sitemap: {sitemap.Files.Count} files, {sitemap.TotalUrls} URLs, largest {sitemap.LargestFile}");
        return sitemap;
    }

    private async Task<Memory> MeasureCeilingAsync(List<PageMeasurement> pages)
    {
        await using var ceiling = ServerProcess.Start(
            BuiltDll("bench/Fandom.Bench.Ceiling", "Fandom.Bench.Ceiling"), settings.Root, LogPath("ceiling"),
            new Dictionary<string, string> { ["ASPNETCORE_ENVIRONMENT"] = "Production" },
            "--pages", CaptureFolder);
        await ceiling.WaitUntilReadyAsync(pages[0].Page.Path, StartTimeout);
        await Task.Delay(TimeSpan.FromSeconds(2));
        var idle = ceiling.ResidentMegabytes();
        Console.WriteLine($"ceiling: {ceiling.BaseUrl}, {idle:0} MB resident at idle");
        using (var client = new ReaderClient(ceiling.BaseUrl, uncached: false))
        {
            await client.WarmUpAsync(pages.Select(p => p.Page.Path).ToList(), TimeSpan.FromSeconds(settings.WarmUpSeconds));
            foreach (var page in pages)
                page.CeilingSequential = await client.MeasureAsync(page.Page.Path, settings.Requests, TimeSpan.FromSeconds(settings.RequestSeconds));
        }
        foreach (var page in pages)
        {
            page.Ceiling = await Wrk.RunAsync(ceiling.BaseUrl + page.Page.Path, settings, uncached: false);
            await SettleAsync(ceiling.BaseUrl, page.Page.Path);
            Console.WriteLine($"  {page.Page.Name,-14} ceiling wrk: {page.Ceiling.RequestsPerSecond:0} req/s");
        }
        return await MemoryAfterLoadAsync(ceiling, idle);
    }

    private static async Task<Memory> MemoryAfterLoadAsync(ServerProcess server, double idle)
    {
        var afterLoad = server.ResidentMegabytes();
        await Task.Delay(QuietAfterLoad);
        return new Memory(idle, afterLoad, server.ResidentMegabytes());
    }

    /// <summary>
    /// wrk stops its clock, not the server: requests it gave up on may still be running. Waits until the server
    /// answers promptly again, so one run's leftovers do not count against the next.
    /// </summary>
    private static async Task SettleAsync(string baseUrl, string path)
    {
        using var client = new ReaderClient(baseUrl, uncached: false);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        for (var prompt = 0; prompt < 2 && clock.Elapsed < StartTimeout;)
        {
            var request = System.Diagnostics.Stopwatch.StartNew();
            await client.GetAsync(path);
            prompt = request.ElapsedMilliseconds < 100 ? prompt + 1 : 0;
            if (prompt < 2) await Task.Delay(200);
        }
    }

    private ServerProcess StartApp(string name, IReadOnlyDictionary<string, string> extra)
    {
        var environment = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["DOTNET_ENVIRONMENT"] = "Production",
            ["Fandom__DemoContent"] = "false",
            ["Fandom__Database__Provider"] = location.Provider.ToString(),
            ["ConnectionStrings__Fandom"] = location.ConnectionString,
        };
        foreach (var (key, value) in extra) environment[key] = value;
        return ServerProcess.Start(BuiltDll("src/Fandom.Web", "Fandom.Web"), settings.Root, LogPath(name), environment);
    }

    /// <summary>The project's build output in this tool's own configuration (Release under bench/run.sh).</summary>
    private string BuiltDll(string project, string assembly)
    {
        var configuration = Path.GetFileName(Path.GetDirectoryName(AppContext.BaseDirectory.TrimEnd('/')))!;
        var dll = Path.Combine(settings.Root, project, "bin", configuration, "net10.0", $"{assembly}.dll");
        return File.Exists(dll) ? dll : throw new FileNotFoundException($"Build {project} in {configuration} first (bench/run.sh does).", dll);
    }

    private string CaptureFolder => Path.Combine(settings.DataDirectory, "pages", settings.Name);
    private string LogPath(string server) => Path.Combine(settings.DataDirectory, "logs", $"{settings.Name}-{server}.log");
}
