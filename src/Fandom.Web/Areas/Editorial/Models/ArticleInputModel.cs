using System.ComponentModel.DataAnnotations;
using Fandom.Web.Services.Editorial;
using Fandom.Web.Services.Site;

namespace Fandom.Web.Areas.Editorial.Models;

/// <summary>The article editor form. Times are wall-clock times in the editor's zone; conversion happens here.</summary>
public sealed class ArticleInputModel : IValidatableObject
{
    [Required, StringLength(200), Display(Name = "Title")]
    public string Title { get; set; } = "";

    [StringLength(300), Display(Name = "Dek")]
    public string? Dek { get; set; }

    [Display(Name = "Body")]
    public string? Body { get; set; }

    [Display(Name = "Categories")]
    public List<int> CategoryIds { get; set; } = [];

    [StringLength(500), Display(Name = "Tags")]
    public string? Tags { get; set; }

    [StringLength(300), Display(Name = "Content notes")]
    public string? ContentNotes { get; set; }

    [StringLength(200), RegularExpression("^[a-z0-9]+(-[a-z0-9]+)*$", ErrorMessage = "Use lower-case letters, digits and single hyphens."), Display(Name = "Slug")]
    public string? Slug { get; set; }

    /// <summary>Wall-clock time in the editor's zone, to the second (a schedule may be seconds ahead).</summary>
    [DataType(DataType.DateTime), Display(Name = "Publish at")]
    public DateTime? PublishAt { get; set; }

    [DataType(DataType.DateTime), Display(Name = "Unpublish at")]
    public DateTime? UnpublishAt { get; set; }

    [StringLength(200), Display(Name = "SEO title")]
    public string? SeoTitle { get; set; }

    [StringLength(300), Display(Name = "SEO description")]
    public string? SeoDescription { get; set; }

    /// <summary>The editor's note to the author when sending an article back from review.</summary>
    [StringLength(1000), Display(Name = "Note to the author")]
    public string? ReviewNote { get; set; }

    [Display(Name = "Hero image")]
    public int? HeroMediaId { get; set; }

    [StringLength(500), Display(Name = "Hero caption")]
    public string? HeroCaption { get; set; }

    [StringLength(300), Display(Name = "Hero alt text")]
    public string? HeroAltText { get; set; }

    /// <summary>The version the editor started from; a save of an older one is a conflict.</summary>
    public string? ConcurrencyStamp { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext context)
    {
        if (PublishAt is { } publish && UnpublishAt is { } unpublish && unpublish <= publish)
            yield return new ValidationResult("Unpublish at must be after Publish at.", [nameof(UnpublishAt)]);
        if (context.GetRequiredService<Fandom.Web.Content.ContentRenderer>().IsTooDeeplyNested(Body))
            yield return new ValidationResult(Fandom.Web.Content.TooDeeplyNestedException.Message, [nameof(Body)]);
    }

    public ArticleDraft ToDraft(TimeZoneInfo zone) => new(
        Title, Dek, Body ?? "", CategoryIds,
        (Tags ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
        ContentNotes, Slug,
        PublishAt is { } publish ? SiteTime.ToUtc(publish, zone) : null,
        UnpublishAt is { } unpublish ? SiteTime.ToUtc(unpublish, zone) : null,
        SeoTitle, SeoDescription, ConcurrencyStamp, ReviewNote)
        { HeroMediaId = HeroMediaId, HeroCaption = HeroCaption, HeroAltText = HeroAltText };

    public static ArticleInputModel From(EditableArticle article, TimeZoneInfo zone) => new()
    {
        Title = article.Title,
        Dek = article.Dek,
        Body = article.Body,
        CategoryIds = [.. article.CategoryIds],
        Tags = string.Join(", ", article.TagNames),
        ContentNotes = article.ContentNotes,
        Slug = article.Slug,
        PublishAt = article.PublishAtUtc is { } publish ? SiteTime.FromUtc(publish, zone) : null,
        UnpublishAt = article.UnpublishAtUtc is { } unpublish ? SiteTime.FromUtc(unpublish, zone) : null,
        SeoTitle = article.SeoTitle,
        SeoDescription = article.SeoDescription,
        ConcurrencyStamp = article.ConcurrencyStamp,
        HeroMediaId = article.HeroMediaId, HeroCaption = article.HeroCaption, HeroAltText = article.HeroAltText,
    };
}
