using Fandom.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Fandom.Migrations.Sqlite;

/// <summary>Lets `dotnet ef` build the model for SQLite without starting the web app.</summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<FandomDbContext>
{
    public FandomDbContext CreateDbContext(string[] args) => new(new DbContextOptionsBuilder<FandomDbContext>()
        .UseSqlite("Data Source=design-time.db", o => o.MigrationsAssembly(typeof(DesignTimeFactory).Assembly.GetName().Name))
        .Options);
}
