using Fandom.Web.Data;
using Fandom.Web.Infrastructure;

var builder = WebApplication.CreateBuilder(args);
builder.AddFandom();

var app = builder.Build();
app.UseFandom();

await app.Services.InitializeDatabaseAsync();
// Migrating, re-rendering and seeding leave garbage a reader never needs: hand it back before serving.
GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
app.Run();

/// <summary>Entry point, visible to the test host.</summary>
public partial class Program;
