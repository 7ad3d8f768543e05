using Fandom.Data;
using Fandom.Data.Configurations;
using Fandom.Tests.Support;
using Fandom.Web.Options;
using Fandom.Web.Services.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Fandom.Tests.Services;

/// <summary>
/// Search draws its matches through the full-text index, never by reading the articles: the SQL the service really
/// runs is explained on 10,000 articles that all contain the word searched for, where reading the table until the
/// cap is met looks cheap to a planner that knows how common the word is.
/// </summary>
public abstract class SearchPlanTests(FandomApp app)
{
    [Fact]
    public async Task A_common_word_is_drawn_through_the_full_text_index()
    {
        var word = "zq" + Guid.NewGuid().ToString("N")[..8].Replace('0', 'x');
        await app.BulkArticlesAsync(10_000, $"Every article here names {word} in its body.");

        // The whole word fills the draw of matches anywhere, but no headline has it: the first statement draws both by
        // whole words, the second the headline again by prefixes. Every statement is explained.
        var commands = await SearchCommandsAsync(word);
        Assert.Equal(2, commands.Count);
        var words = commands.Select(c => c.Parameters.Select(p => p.Value as string).Where(v => v?.Contains(word) == true).Distinct().ToList()).ToList();
        Assert.All(words, Assert.NotEmpty);
        Assert.DoesNotContain(words[0], v => v!.Contains('*'));
        Assert.All(words[1], v => Assert.Contains(word + (app.Provider == DatabaseProvider.Sqlite ? "\"*" : ":*"), v));
        var plan = new List<string>();
        foreach (var command in commands) plan.AddRange(await ExplainAsync(command));
        var text = string.Join("\n", plan);
        if (app.Provider == DatabaseProvider.Sqlite)
        {
            // The FTS5 table drives both draws; the articles (EF's aliases a, a0, a1…) are only looked up by id, never
            // scanned ("SCAN s" reads a draw's own rows back).
            Assert.True(plan.Count(line => line.Contains("ArticleSearch VIRTUAL TABLE")) == 3, text);
            Assert.DoesNotContain(plan, line => System.Text.RegularExpressions.Regex.IsMatch(line, @"^SCAN (Articles|a\d*)( |$)"));
            // Each match's visibility is read from the index that holds it by id, not from the article's wide row.
            Assert.True(plan.Count(line => line.Contains($"USING COVERING INDEX {ArticleConfiguration.VisibilityByIdIndex} (Id=?")) == 3, text);
            Assert.DoesNotContain(plan, line => line.Contains("USING INTEGER PRIMARY KEY"));
        }
        else
        {
            Assert.True(plan.Any(line => line.Contains("Bitmap Index Scan on \"IX_Articles_SearchVector\"")), text);
            Assert.True(plan.Any(line => line.Contains("Bitmap Index Scan on \"IX_Articles_HeadlineVector\"")), text);
            Assert.DoesNotContain(plan, line => line.Contains("Seq Scan on \"Articles\""));
            // The matches carry their own visibility: the articles are not joined to themselves.
            Assert.DoesNotContain(plan, line => line.Contains("PK_Articles"));
        }
    }

    /// <summary>The statements a search runs that read the full-text index, with their parameters.</summary>
    private async Task<List<RecordedQuery>> SearchCommandsAsync(string query)
    {
        var recorder = new QueryRecorder { Recording = true };
        using var recorded = app.WithWebHostBuilder(host => host.ConfigureServices(services =>
            services.ConfigureDbContext<FandomDbContext>(options => options.AddInterceptors(recorder))));
        await using (var scope = recorded.Services.CreateAsyncScope())
            Assert.True((await scope.ServiceProvider.GetRequiredService<ISearchService>().SearchAsync(query, 1)).MatchCount > 0);
        return recorder.Take().Where(c => c.Sql.Contains("MATCH") || c.Sql.Contains("@@")).ToList();
    }

    private async Task<List<string>> ExplainAsync(RecordedQuery command) =>
        (await QueryPlans.ExplainAsync(app, command)).Split('\n').Select(line => line.Trim()).ToList();
}

public sealed class SearchPlanTestsOnSqlite(SqliteApp app) : SearchPlanTests(app), IClassFixture<SqliteApp>;

public sealed class SearchPlanTestsOnPostgres(PostgresApp app) : SearchPlanTests(app), IClassFixture<PostgresApp>;
