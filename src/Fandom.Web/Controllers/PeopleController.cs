using Fandom.Web.Models;
using Fandom.Web.Infrastructure;
using Fandom.Web.Services.Quotes;
using Fandom.Web.Services.Site;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;

namespace Fandom.Web.Controllers;

[OutputCache(PolicyName = ReaderPagesPolicy.Name)]
public sealed class PeopleController(PeopleService people) : Controller
{
    [HttpGetOrHead("/people/{slug}")]
    public async Task<IActionResult> Show(string slug, int page = 1, CancellationToken ct = default)
    {
        var person = page < 1 ? null : await people.PageAsync(slug, page, ct);
        if (person is null || person.Articles.IsPastTheEnd) return NotFound();
        ReaderCacheTags.Add(HttpContext, ReaderCacheInvalidation.PersonTag(slug));
        ReaderCacheTags.Shows(HttpContext, person.Articles.Items.Select(a => a.Id));
        return View(new PersonViewModel(person, PagerViewModel.For(ReaderUrls.Person(slug), person.Articles)));
    }
}
