using Fandom.Tests.Support;
using Fandom.Web.Data;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Fandom.Tests.Data;

/// <summary>
/// On PostgreSQL, a statement a connection runs again is prepared on the server, so reader pages, which run the same
/// few statements on every request, skip parsing them; a connection string that says otherwise is obeyed.
/// </summary>
public sealed class PreparedStatementsTests(PostgresApp app) : IClassFixture<PostgresApp>
{
    [Fact]
    public async Task A_statement_a_connection_runs_again_and_again_is_prepared_on_the_server()
    {
        var article = await app.ArticleAsync();
        var prepared = await app.WithDbAsync(async db =>
        {
            await db.Database.OpenConnectionAsync();
            for (var run = 0; run < 6; run++)
                await db.Articles.Where(a => a.Id == article.Id).Select(a => a.Title).SingleAsync();
            return await db.Database.SqlQuery<long>($"SELECT count(*) AS \"Value\" FROM pg_prepared_statements WHERE statement LIKE '%\"Title\"%'").SingleAsync();
        });
        Assert.True(prepared >= 1, "the repeated statement is not among the connection's prepared statements");
    }

}

/// <summary>The connection string's own say on PostgreSQL's statement preparation.</summary>
public sealed class AutoPrepareSettingTests
{
    [Theory]
    [InlineData("Host=db;Username=fandom", 100)]
    [InlineData("Host=db;Username=fandom;Max Auto Prepare=0", 0)]
    [InlineData("Host=db;Username=fandom;Max Auto Prepare=7", 7)]
    public void Auto_preparation_is_on_unless_the_connection_string_sets_it(string configured, int expected) =>
        Assert.Equal(expected, new NpgsqlConnectionStringBuilder(DatabaseSetup.WithAutoPrepare(configured)).MaxAutoPrepare);
}
