using Fandom.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Fandom.Migrations.Postgres;

/// <summary>Lets `dotnet ef` build the model for PostgreSQL without a server or the web app.</summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<FandomDbContext>
{
    public FandomDbContext CreateDbContext(string[] args) => new(new DbContextOptionsBuilder<FandomDbContext>()
        .UseNpgsql("Host=localhost;Database=fandom_design", o => o.MigrationsAssembly(typeof(DesignTimeFactory).Assembly.GetName().Name))
        .Options);
}
