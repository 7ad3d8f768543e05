using System.Collections.Concurrent;
using System.Net;
using Fandom.Data.Entities;
using Fandom.Tests.Support;

namespace Fandom.Tests.Authorization;

public enum Outcome { Allowed, Forbidden, SignIn }

/// <summary>
/// SPEC §2 walked in full: every editorial action × every kind of visitor × their own or someone else's
/// article, each asked over HTTP with a real sign-in and antiforgery token.
/// </summary>
public abstract class EditorialMatrixTests(FandomApp app)
{
    /// <summary>An action: how it is asked, and the state the article must be in for it to make sense.</summary>
    private sealed record EditorialAction(string Name, string Method, string Path, ArticleStatus State, bool EditorOnly);

    private static readonly EditorialAction[] Actions =
    [
        new("open the editor", "GET", "", ArticleStatus.Draft, false),
        new("save a draft", "POST", "", ArticleStatus.Draft, false),
        new("submit for review", "POST", "/submit", ArticleStatus.Draft, false),
        new("autosave", "POST", "/autosave", ArticleStatus.Draft, false),
        new("live preview", "POST", "/editorial/articles/preview", ArticleStatus.Draft, false),
        new("presence heartbeat", "POST", "/presence", ArticleStatus.Draft, false),
        new("see the history", "GET", "/revisions", ArticleStatus.Draft, false),
        new("create a preview link", "POST", "/preview-links", ArticleStatus.Draft, false),
        new("delete a draft", "POST", "/delete", ArticleStatus.Draft, false),
        new("publish", "POST", "/publish", ArticleStatus.InReview, true),
        new("schedule", "POST", "/schedule", ArticleStatus.InReview, true),
        new("request changes", "POST", "/request-changes", ArticleStatus.InReview, true),
        new("unpublish", "POST", "/unpublish", ArticleStatus.Published, true),
        new("archive", "POST", "/archive", ArticleStatus.Published, true),
        // Ownership ends at publication: an author may not touch their published article.
        new("edit a published article", "POST", "", ArticleStatus.Published, true),
        new("delete a published article", "POST", "/delete", ArticleStatus.Published, true),
    ];

    private static readonly (string Who, bool Own)[] Visitors =
    [
        ("anonymous", false), ("no role", false),
        (Roles.Author, true), (Roles.Author, false),
        (Roles.Editor, true), (Roles.Editor, false),
        (Roles.Admin, true), (Roles.Admin, false),
    ];

    public static IEnumerable<object[]> Matrix() =>
        from action in Actions
        from visitor in Visitors
        select new object[] { action.Name, visitor.Who, visitor.Own ? "own" : "other's", Expected(action, visitor.Who, visitor.Own) };

    private static Outcome Expected(EditorialAction action, string who, bool own) => who switch
    {
        "anonymous" => Outcome.SignIn,
        "no role" => Outcome.Forbidden,
        Roles.Author => own && !action.EditorOnly ? Outcome.Allowed : Outcome.Forbidden,
        _ => Outcome.Allowed,
    };

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task Each_action_is_allowed_or_refused_by_role_and_ownership(string actionName, string who, string whose, Outcome expected)
    {
        var action = Actions.Single(a => a.Name == actionName);
        var (visitor, session) = await VisitorAsync(who);
        var owner = whose == "own" ? visitor! : await VisitorAsync("owner").ContinueWith(t => t.Result.Staff!);
        var article = await app.ArticleAsync(author: owner, status: action.State);
        // Most actions live under the article's address; the live preview names the article in its form.
        var url = action.Path.StartsWith("/editorial") ? action.Path : $"/editorial/articles/{article.Id}{action.Path}";

        HttpResponseMessage response;
        if (action.Method == "GET")
        {
            response = await session.Client.GetAsync(url);
        }
        else
        {
            var stamp = await app.WithDbAsync(db => Task.FromResult(db.Articles.Single(a => a.Id == article.Id).ConcurrencyStamp));
            response = await session.PostAsync(url, new()
            {
                ["Title"] = "Matrix title", ["Body"] = "Matrix body.", ["ConcurrencyStamp"] = stamp,
                ["PublishAt"] = app.Clock.GetUtcNow().UtcDateTime.AddDays(2).ToString("yyyy-MM-ddTHH:mm:ss"),
                ["ReviewNote"] = "Tighten the intro.", ["articleId"] = article.Id.ToString(),
            });
        }

        var location = response.Headers.Location?.OriginalString ?? "";
        var actual = response.StatusCode switch
        {
            HttpStatusCode.Forbidden => Outcome.Forbidden,
            HttpStatusCode.Redirect when location.Contains("/Identity/Account/Login") => Outcome.SignIn,
            HttpStatusCode.OK or HttpStatusCode.Redirect => Outcome.Allowed,
            _ => throw new Xunit.Sdk.XunitException($"{action} as {who} on {whose} article answered {(int)response.StatusCode} {location}"),
        };
        Assert.Equal(expected, actual);
        if (actual == Outcome.Allowed && action.Method == "POST")
            Assert.DoesNotContain("Identity", location);
        if (actual != Outcome.Allowed)
            Assert.True(await app.WithDbAsync(db => Task.FromResult(db.Articles.Any(a => a.Id == article.Id && a.Title != "Matrix title"))),
                "A refused action changed the article.");
    }

    private static readonly ConcurrentDictionary<(FandomApp, string), (StaffCredentials?, BrowserSession)> Sessions = new();

    /// <summary>One signed-in session per kind of visitor and app, reused across the matrix.</summary>
    private async Task<(StaffCredentials? Staff, BrowserSession Session)> VisitorAsync(string who)
    {
        if (who == "anonymous") return (null, new BrowserSession(app.Reader()));
        if (Sessions.TryGetValue((app, who), out var known)) return known;
        var staff = await app.CreateStaffAsync(who is "no role" or "owner" ? Roles.Author : who);
        if (who == "no role")
        {
            await app.WithDbAsync(async db =>
            {
                db.UserRoles.RemoveRange(db.UserRoles.Where(r => r.UserId == staff.Id));
                return await db.SaveChangesAsync();
            });
        }
        var session = await app.SignInAsync(staff);
        return Sessions[(app, who)] = (staff, session);
    }
}

public sealed class EditorialMatrixTestsOnSqlite(SqliteApp app) : EditorialMatrixTests(app), IClassFixture<SqliteApp>;

public sealed class EditorialMatrixTestsOnPostgres(PostgresApp app) : EditorialMatrixTests(app), IClassFixture<PostgresApp>;
