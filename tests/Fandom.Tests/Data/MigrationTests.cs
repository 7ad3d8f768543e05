using Fandom.Data;
using Fandom.Web.Data;
using Fandom.Web.Options;
using Microsoft.EntityFrameworkCore;

namespace Fandom.Tests.Data;

/// <summary>Both providers' migrations are generated from the one model; a model change without a migration fails here.</summary>
public sealed class MigrationTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite, "Data Source=:memory:")]
    [InlineData(DatabaseProvider.Postgres, "Host=localhost;Database=unused")]
    public void Every_model_change_is_covered_by_a_migration(DatabaseProvider provider, string connectionString)
    {
        var options = DatabaseSetup.Configure(new DbContextOptionsBuilder<FandomDbContext>(), provider, connectionString).Options;
        using var db = new FandomDbContext((DbContextOptions<FandomDbContext>)options);

        Assert.NotEmpty(db.Database.GetMigrations());
        Assert.False(db.Database.HasPendingModelChanges(), $"The model has changes with no {provider} migration: add one with dotnet ef migrations add.");
    }

    [Fact]
    public void Both_providers_have_the_same_migrations()
    {
        static IEnumerable<string> Names(DatabaseProvider provider, string cs)
        {
            var options = DatabaseSetup.Configure(new DbContextOptionsBuilder<FandomDbContext>(), provider, cs).Options;
            using var db = new FandomDbContext((DbContextOptions<FandomDbContext>)options);
            return db.Database.GetMigrations().Select(m => m[(m.IndexOf('_') + 1)..]).ToList();
        }
        Assert.Equal(Names(DatabaseProvider.Sqlite, "Data Source=:memory:"), Names(DatabaseProvider.Postgres, "Host=localhost;Database=unused"));
    }
}
