using System.Data;
using Fandom.Data;
using Fandom.Tests.Support;
using Fandom.Web.Data;
using Fandom.Web.Options;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Fandom.Tests.Data;

/// <summary>
/// On SQLite, a pooled context keeps its connection open between requests and runs each statement on a command kept
/// for its SQL, so a reader page's statements are prepared once per connection; what is kept never hides a write,
/// outlives a transaction, or survives a database fault.
/// </summary>
public sealed class SqliteStatementReuseTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    [Fact]
    public async Task A_statement_run_again_in_later_requests_is_prepared_once_on_the_kept_connection()
    {
        var first = await app.ArticleAsync("Kept statement one");
        var second = await app.ArticleAsync("Kept statement two");
        await using var pool = new OneContextPool(app);

        var titles = new List<string>();
        foreach (var id in new[] { first.Id, second.Id, first.Id })
            titles.Add(await pool.WithDbAsync(db => TitleAsync(db, id)));

        Assert.Equal(["Kept statement one", "Kept statement two", "Kept statement one"], titles);
        Assert.Equal(1, pool.Opens);
        Assert.Equal(3, RunsOfTitleQuery(pool.Connection));
    }

    [Fact]
    public async Task A_kept_connection_sees_what_another_connection_wrote_since()
    {
        var article = await app.ArticleAsync("Before the edit");
        await using var pool = new OneContextPool(app);
        Assert.Equal("Before the edit", await pool.WithDbAsync(db => TitleAsync(db, article.Id)));

        await app.WithDbAsync(db => db.Articles.Where(a => a.Id == article.Id).ExecuteUpdateAsync(s => s.SetProperty(a => a.Title, "After the edit")));

        Assert.Equal("After the edit", await pool.WithDbAsync(db => TitleAsync(db, article.Id)));
        Assert.Equal(1, pool.Opens);
    }

    [Fact]
    public async Task A_transaction_left_unfinished_is_rolled_back_when_its_context_goes_back()
    {
        var article = await app.ArticleAsync("Never committed");
        await using var pool = new OneContextPool(app);
        await pool.WithDbAsync(async db =>
        {
            await db.Database.BeginTransactionAsync();
            return await db.Articles.Where(a => a.Id == article.Id).ExecuteUpdateAsync(s => s.SetProperty(a => a.Title, "Rolled back"));
        });

        Assert.Equal("Never committed", await pool.WithDbAsync(db => TitleAsync(db, article.Id)));
        Assert.Equal("Never committed", await app.WithDbAsync(db => TitleAsync(db, article.Id)));
    }

    [Fact]
    public async Task A_reader_left_open_closes_the_connection_for_real()
    {
        var article = await app.ArticleAsync("Left reading");
        await using var pool = new OneContextPool(app);
        await pool.WithDbAsync(async db =>
        {
            var reading = db.Articles.Where(a => a.Id == article.Id).Select(a => a.Title).AsAsyncEnumerable().GetAsyncEnumerator();
            return await reading.MoveNextAsync();
        });

        Assert.Equal(1, pool.Closes);
        Assert.Equal("Left reading", await pool.WithDbAsync(db => TitleAsync(db, article.Id)));
        Assert.Equal(2, pool.Opens);
    }

    [Fact]
    public async Task After_a_database_fault_the_next_request_opens_a_fresh_connection()
    {
        var article = await app.ArticleAsync("Across a fault");
        await using var pool = new OneContextPool(app);
        await pool.WithDbAsync(db => TitleAsync(db, article.Id));

        KeptOpenSqliteConnection.RetireAll();

        Assert.Equal("Across a fault", await pool.WithDbAsync(db => TitleAsync(db, article.Id)));
        Assert.Equal(2, pool.Opens);
        Assert.Equal(1, RunsOfTitleQuery(pool.Connection));
    }

    [Fact]
    public async Task The_same_query_run_inside_its_own_loop_reads_both_right()
    {
        var first = await app.ArticleAsync("Outer loop");
        var second = await app.ArticleAsync("Inner loop");
        await using var pool = new OneContextPool(app);
        var pairs = await pool.WithDbAsync(async db =>
        {
            var read = new List<(string, string)>();
            await foreach (var outer in db.Articles.Where(a => a.Id == first.Id).Select(a => a.Title).AsAsyncEnumerable())
                read.Add((outer, await TitleAsync(db, second.Id)));
            return read;
        });

        Assert.Equal([("Outer loop", "Inner loop")], pairs);
    }

    private static Task<string> TitleAsync(FandomDbContext db, int id) =>
        db.Articles.Where(a => a.Id == id).Select(a => a.Title).SingleAsync();

    private static int RunsOfTitleQuery(SqliteConnection connection) =>
        SqliteStatementCache.RunsOn(connection).Where(s => s.Key.StartsWith("SELECT \"a\".\"Title\"", StringComparison.Ordinal)).Sum(s => s.Value);

    /// <summary>
    /// The app's database through a context pool of one, configured as the app's, so every lease is the same context
    /// and the same connection: the app's own pool hands several out under load.
    /// </summary>
    private sealed class OneContextPool : IAsyncDisposable
    {
        private readonly PooledDbContextFactory<FandomDbContext> factory;

        public OneContextPool(SqliteApp app)
        {
            var options = new DbContextOptionsBuilder<FandomDbContext>();
            DatabaseSetup.Configure(options, DatabaseProvider.Sqlite, $"Data Source={app.DatabaseFile}");
            factory = new PooledDbContextFactory<FandomDbContext>(options.Options, poolSize: 1);
        }

        public SqliteConnection Connection { get; private set; } = null!;
        public int Opens { get; private set; }
        public int Closes { get; private set; }

        public async Task<T> WithDbAsync<T>(Func<FandomDbContext, Task<T>> work)
        {
            await using var db = await factory.CreateDbContextAsync();
            if (Connection is null)
            {
                Connection = (SqliteConnection)db.Database.GetDbConnection();
                Connection.StateChange += (_, change) =>
                {
                    if (change.CurrentState == ConnectionState.Open) Opens++;
                    else Closes++;
                };
            }
            Assert.Same(Connection, db.Database.GetDbConnection());
            return await work(db);
        }

        /// <summary>The pooled context's connection, which the context (waiting in its pool) keeps open.</summary>
        public ValueTask DisposeAsync() => Connection?.DisposeAsync() ?? ValueTask.CompletedTask;
    }
}
