using Fandom.Web.Services;
using Fandom.Web.Services.Admin;

namespace Fandom.Web.Areas.Admin.Models;

public sealed record AuditViewModel(Page<AuditRow> Page, AuditFilter Filter, IReadOnlyList<string> Actions)
{
    /// <summary>
    /// The filters and page <paramref name="page"/> as a query string, for the list's own address: written out rather
    /// than as route values, because one of the filters is called <c>action</c>, which routing takes as the action's name.
    /// </summary>
    public string PageQuery(int page)
    {
        var query = new List<string>();
        if (!string.IsNullOrEmpty(Filter.Person)) query.Add("person=" + Uri.EscapeDataString(Filter.Person));
        if (!string.IsNullOrEmpty(Filter.Action)) query.Add("action=" + Uri.EscapeDataString(Filter.Action));
        if (Filter.From is { } from) query.Add($"from={from:yyyy-MM-dd}");
        if (Filter.To is { } to) query.Add($"to={to:yyyy-MM-dd}");
        if (page > 1) query.Add($"page={page}");
        return query.Count > 0 ? "?" + string.Join("&", query) : "";
    }
}
