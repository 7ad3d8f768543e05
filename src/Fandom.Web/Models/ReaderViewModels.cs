using Fandom.Web.Services;

namespace Fandom.Web.Models;

public sealed record HomeViewModel(Page<ArticleCard> Latest)
{
    /// <summary>The newest story leads the first page; later pages are plain lists.</summary>
    public ArticleCard? Lead => Latest.Number == 1 ? Latest.Items.FirstOrDefault() : null;
    public IEnumerable<ArticleCard> Rest => Lead is null ? Latest.Items : Latest.Items.Skip(1);
    public PagerViewModel Pager => new("/", Latest.Number, Latest.PageCount);
}

public sealed record ArticleViewModel(ArticleDetail Article)
{
    public string MetaTitle => Article.SeoTitle ?? Article.Title;
    public string MetaDescription => Article.SeoDescription ?? Article.Dek ?? Article.Excerpt;
    public IEnumerable<string> ContentNotes => (Article.ContentNotes ?? "")
        .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}

public sealed record ErrorViewModel(int StatusCode, string Title, string Message)
{
    public static ErrorViewModel For(int code) => code switch
    {
        404 => new(code, "Page not found", "We couldn’t find that page. It may have moved, or it was never here."),
        403 => new(code, "Not allowed", "Your account doesn’t have access to this page."),
        429 => new(code, "Too many attempts", "Please wait a minute before trying again."),
        >= 500 => new(code, "Something went wrong", "The error has been logged. Please try again in a moment."),
        _ => new(code, "Request not understood", "That request couldn’t be handled."),
    };
}

public sealed record ListingViewModel(string Kind, string Heading, string? Description, Page<ArticleCard> Page, PagerViewModel Pager);

public sealed record PersonViewModel(PersonPage Person, PagerViewModel Pager);
