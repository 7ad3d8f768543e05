using Fandom.Web.Data;
using Fandom.Web.Infrastructure;

var builder = WebApplication.CreateBuilder(args);
builder.AddFandom();

var app = builder.Build();
app.UseFandom();

await app.Services.InitializeDatabaseAsync();
app.Run();

/// <summary>Entry point, visible to the test host.</summary>
public partial class Program;
