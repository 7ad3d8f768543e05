using Fandom.Bench;
using Fandom.Bench.Archive;
using Fandom.Bench.Measure;

BenchSettings settings;
try
{
    settings = BenchSettings.Parse(args);
}
catch (Exception e) when (e is ArgumentException or FormatException)
{
    Console.Error.WriteLine(e.Message);
    return 2;
}

var location = new ArchiveLocation(settings);
var info = await new ArchiveBuilder(settings, location).EnsureAsync();
if (settings.ArchiveOnly) return 0;

return await new PageLoadRun(settings, location, info).RunAsync();
