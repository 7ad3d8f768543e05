using System.ComponentModel.DataAnnotations;
using Fandom.Web.Services;
using Fandom.Web.Services.Taxonomy;

namespace Fandom.Web.Areas.Editorial.Models;

public sealed class CategoryInputModel
{
    [Required, StringLength(100)]
    public string Name { get; set; } = "";

    [StringLength(100)]
    public string? Slug { get; set; }

    [StringLength(500)]
    public string? Description { get; set; }

    public CategoryEdit ToEdit() => new(Name, Slug, Description);
}

public sealed record CategoriesViewModel(IReadOnlyList<CategoryRow> Categories, CategoryInputModel NewCategory);

public sealed record CategoryEditViewModel(CategoryRow Category, CategoryInputModel Input, IReadOnlyList<CategoryRow> MergeTargets);

public sealed record TagsViewModel(Page<TagRow> Page, string? Search);

public sealed class TagRenameInputModel
{
    [Required, StringLength(100)]
    public string Name { get; set; } = "";
}

public sealed record TagEditViewModel(TagRow Tag, TagRenameInputModel Input, IReadOnlyList<TagRow> MergeTargets);

public sealed class RedirectInputModel
{
    [Required, StringLength(500), Display(Name = "From")]
    public string FromPath { get; set; } = "";

    [Required, StringLength(500), Display(Name = "To")]
    public string ToPath { get; set; } = "";
}

public sealed record RedirectsViewModel(IReadOnlyList<RedirectRow> Redirects, IReadOnlyList<NotFoundRow> NotFound, RedirectInputModel Input);
