using System.Net;
using AngleSharp.Dom;
using Fandom.Data.Entities;
using Fandom.Tests.Support;

namespace Fandom.Tests.Areas;

/// <summary>
/// Staff pages build their links and form actions from routes (tag helpers), which render an empty address when
/// an action is misnamed. Walking every staff page an admin can reach in the demo newsroom: each link and form has
/// an address, each staff link answers, each POST form carries exactly one antiforgery token and reaches an action
/// that asks for it, and no GET form carries one (it would end up in the address).
/// </summary>
public sealed class StaffLinksTests(DemoSqliteApp app) : IClassFixture<DemoSqliteApp>
{
    private const string Token = "input[name=__RequestVerificationToken]";

    private static bool IsStaff(string href) =>
        href.StartsWith("/editorial", StringComparison.Ordinal) || href.StartsWith("/admin", StringComparison.Ordinal);

    [Fact]
    public async Task Every_staff_link_and_form_leads_to_an_action_and_posts_carry_one_antiforgery_token()
    {
        using var admin = await app.SignInAsNewAsync(Roles.Admin);
        var queue = new Queue<string>(["/", "/editorial", "/admin/users"]);
        var seen = new HashSet<string>(queue);
        var posts = new HashSet<string>();
        while (queue.TryDequeue(out var url))
        {
            var page = await admin.GetAsync(url);
            foreach (var link in page.QuerySelectorAll("a"))
            {
                var href = link.GetAttribute("href");
                Assert.False(string.IsNullOrEmpty(href), $"{url}: a link without an address: {link.OuterHtml}");
                // A download (the site export) is a file, not a page to walk.
                if (link.HasAttribute("download")) continue;
                // One page of each kind is enough: the links inside an article's editor are the same for every article.
                var path = href.Split('#')[0];
                if (IsStaff(path) && seen.Count < 150 && seen.Add(path)) queue.Enqueue(path);
            }
            // A dialog's form only closes its dialog: it has no address and sends nothing.
            foreach (var form in page.QuerySelectorAll("form:not([method=dialog])"))
            {
                var action = form.GetAttribute("action");
                Assert.False(string.IsNullOrEmpty(action), $"{url}: a form without an action: {Opening(form)}");
                var tokens = form.QuerySelectorAll(Token).Length;
                if (string.Equals(form.GetAttribute("method"), "post", StringComparison.OrdinalIgnoreCase))
                {
                    Assert.True(tokens == 1, $"{url}: {tokens} antiforgery tokens in {Opening(form)}");
                    posts.Add(action);
                    foreach (var button in form.QuerySelectorAll("button[formaction]"))
                    {
                        var formAction = button.GetAttribute("formaction");
                        Assert.False(string.IsNullOrEmpty(formAction), $"{url}: a button without a formaction: {button.OuterHtml}");
                        posts.Add(formAction);
                    }
                }
                else
                {
                    Assert.True(tokens == 0, $"{url}: an antiforgery token in the GET form {Opening(form)}");
                }
            }
        }
        Assert.Contains("/editorial/articles/new", posts);

        // Without its token a post is refused by the antiforgery check, which only an existing action runs: a wrong
        // address would be 404 or 405 instead. Nothing is changed.
        foreach (var action in posts)
        {
            var response = await admin.Client.PostAsync(action, new FormUrlEncodedContent([]));
            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"POST {action} answered {(int)response.StatusCode}");
        }
    }

    private static string Opening(IElement form) => form.OuterHtml[..form.OuterHtml.IndexOf('>')];
}
