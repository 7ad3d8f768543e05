using System.Net;
using Fandom.Tests.Support;

namespace Fandom.Tests.Controllers;

public abstract class HealthTests(FandomApp app)
{
    [Fact]
    public async Task Healthz_answers_200_while_the_database_answers_and_503_when_it_does_not()
    {
        var reader = app.Reader();
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync("/healthz")).StatusCode);

        await app.BreakDatabaseAsync();

        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await reader.GetAsync("/healthz")).StatusCode);
    }
}

public sealed class HealthTestsOnSqlite(SqliteApp app) : HealthTests(app), IClassFixture<SqliteApp>;

public sealed class HealthTestsOnPostgres(PostgresApp app) : HealthTests(app), IClassFixture<PostgresApp>;
