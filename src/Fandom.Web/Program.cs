using Fandom.Web.Data;
using Fandom.Web.Infrastructure;

var builder = WebApplication.CreateBuilder(args);
builder.AddFandom();

var app = builder.Build();
app.UseFandom();

await app.Services.InitializeDatabaseAsync();
// Migrating, re-rendering and seeding leave garbage, managed and native, that a reader never needs; starting the
// server allocates and frees more, so the memory is handed back once it listens.
app.Lifetime.ApplicationStarted.Register(() =>
{
    ProcessMemory.ReleaseAfterStartup();
    ProcessMemory.TrimAfterFullCollections();
});
app.Run();

/// <summary>Entry point, visible to the test host.</summary>
public partial class Program;
