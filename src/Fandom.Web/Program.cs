using Fandom.Web.Data;
using Fandom.Web.Infrastructure;

// A command (import, export) takes its own arguments; the web host reads none of them as configuration.
var command = CommandLine.IsCommand(args);
if (command) InitializerProcess.ExitWithParent();
// The slim builder leaves out what this site does not use (IIS integration, Kestrel's QUIC); HTTPS endpoints and, in
// Development, the packages' static assets are added back as the full builder has them. About 2 MiB less at idle.
var builder = WebApplication.CreateSlimBuilder(CommandLine.HostArguments(args));
builder.WebHost.UseKestrelHttpsConfiguration();
if (builder.Environment.IsDevelopment()) builder.WebHost.UseStaticWebAssets();
builder.AddFandom();

var app = builder.Build();
app.UseFandom();

if (!command && InitializerProcess.AppliesTo(app.Services)) await InitializerProcess.RunAsync(args, app.Logger);
else await app.Services.InitializeDatabaseAsync();
await app.Services.LimitSqliteMemoryAsync();
if (command) return await CommandLine.RunAsync(app.Services, args, Console.Out, Console.Error);

// Starting the server allocates and frees memory, managed and native, that a reader never needs (and so does
// initializing, when it runs here), so the memory is handed back once it listens.
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
