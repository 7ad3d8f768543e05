using Fandom.Web.Data;
using Fandom.Web.Infrastructure;

// A command (import, export) takes its own arguments; the web host reads none of them as configuration.
var command = CommandLine.IsCommand(args);
var builder = WebApplication.CreateBuilder(command ? [] : args);
builder.AddFandom();

var app = builder.Build();
app.UseFandom();

await app.Services.InitializeDatabaseAsync();
if (command) return await CommandLine.RunAsync(app.Services, args, Console.Out, Console.Error);

// Migrating, re-rendering and seeding leave garbage, managed and native, that a reader never needs; starting the
// server allocates and frees more, so the memory is handed back once it listens.
app.Lifetime.ApplicationStarted.Register(() =>
{
    ProcessMemory.ReleaseUnused();
    ProcessMemory.TrimAfterFullCollections();
    ProcessMemory.ReleaseAfterBursts();
});
app.Run();
return 0;

/// <summary>Entry point, visible to the test host.</summary>
public partial class Program;
