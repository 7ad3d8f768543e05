using Fandom.Data;
using Fandom.Tests.Support;
using Fandom.Web.Infrastructure;
using Fandom.Web.Options;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Fandom.Tests.Data;

/// <summary>
/// Both providers' migrations come from the one model. The model checked is the one the app really
/// builds (with Identity's runtime options), so a change that no migration covers fails here.
/// </summary>
public sealed class MigrationTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite, "Data Source=:memory:")]
    [InlineData(DatabaseProvider.Postgres, "Host=localhost;Database=unused")]
    public void Every_model_change_is_covered_by_a_migration(DatabaseProvider provider, string connectionString)
    {
        using var app = BuildApp(provider, connectionString);
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<FandomDbContext>();

        Assert.NotEmpty(db.Database.GetMigrations());
        Assert.False(db.Database.HasPendingModelChanges(),
            $"The model has changes with no {provider} migration: add one with dotnet ef migrations add (see README).");
    }

    [Fact]
    public void Both_providers_have_the_same_migrations()
    {
        static List<string> Names(DatabaseProvider provider, string connectionString)
        {
            using var app = BuildApp(provider, connectionString);
            using var scope = app.Services.CreateScope();
            return scope.ServiceProvider.GetRequiredService<FandomDbContext>().Database.GetMigrations()
                .Select(id => id[(id.IndexOf('_') + 1)..]).ToList();
        }
        Assert.Equal(Names(DatabaseProvider.Sqlite, "Data Source=:memory:"), Names(DatabaseProvider.Postgres, "Host=localhost;Database=unused"));
    }

    /// <summary>The app's real service registration, built but never started: no database is touched.</summary>
    private static WebApplication BuildApp(DatabaseProvider provider, string connectionString)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = Paths.RepositoryRoot, EnvironmentName = "Production" });
        builder.Configuration["Fandom:Database:Provider"] = provider.ToString();
        builder.Configuration["ConnectionStrings:Fandom"] = connectionString;
        return builder.AddFandom().Build();
    }
}
