using Fandom.Web.Infrastructure;

namespace Fandom.Bench.Archive;

/// <summary>The app's own service provider (<c>AddFandom</c>), pointed at the archive, for building it.</summary>
public static class AppServices
{
    public static WebApplication Build(string root, ArchiveLocation location)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = [], ContentRootPath = root, EnvironmentName = Environments.Production,
        });
        // Added last, so it wins over appsettings.json and any Fandom__ variables in the environment.
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Fandom"] = location.ConnectionString,
            ["Fandom:Database:Provider"] = location.Provider.ToString(),
            ["Fandom:Database:MigrateAtStartup"] = "true",
            ["Fandom:DemoContent"] = "false",
            ["Logging:LogLevel:Default"] = "Warning",
            ["Logging:LogLevel:Microsoft.EntityFrameworkCore"] = "Warning",
            // The migrator's probe of an empty database's history table fails by design; a real failure still throws.
            ["Logging:LogLevel:Microsoft.EntityFrameworkCore.Database.Command"] = "None",
        });
        builder.AddFandom();
        return builder.Build();
    }
}
