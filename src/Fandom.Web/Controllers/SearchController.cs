using Fandom.Web.Models;
using Fandom.Web.Services.Search;
using Microsoft.AspNetCore.Mvc;

namespace Fandom.Web.Controllers;

/// <summary>Reader search. Not output-cached: every query string would be an entry of its own.</summary>
public sealed class SearchController(ISearchService search) : Controller
{
    [HttpGetOrHead("/search")]
    public async Task<IActionResult> Index(string? q, int page = 1, CancellationToken ct = default)
    {
        if (page < 1) return NotFound();
        var query = (q ?? "").Trim();
        if (query.Length > SearchViewModel.MaxQueryLength) query = query[..SearchViewModel.MaxQueryLength];
        if (query.Length == 0) return View(new SearchViewModel("", null));
        var results = await search.SearchAsync(query, page, ct);
        if (results.Hits.IsPastTheEnd) return NotFound();
        return View(new SearchViewModel(query, results));
    }
}
