using System.ComponentModel.DataAnnotations;
using Fandom.Web.Services;
using Fandom.Web.Services.Media;

namespace Fandom.Web.Areas.Editorial.Models;

/// <summary>The text that travels with an image wherever it is used, as both media forms ask for it.</summary>
public abstract class MediaTextInputModel
{
    [Required(ErrorMessage = "Describe the image for people who cannot see it."), StringLength(300), Display(Name = "Alt text")]
    public string AltText { get; set; } = "";

    [StringLength(500), Display(Name = "Caption")]
    public string? Caption { get; set; }

    [StringLength(200), Display(Name = "Credit")]
    public string? Credit { get; set; }
}

/// <summary>The upload form. Several files may be chosen at once; the text applies to each, and each item can be refined afterwards.</summary>
public sealed class MediaUploadInputModel : MediaTextInputModel
{
    [Display(Name = "File")]
    public List<IFormFile> Files { get; set; } = [];

    public MediaDetails ToDetails() => new(AltText, Caption, Credit);
}

/// <summary>The media item form: the image's text, with where its credit links and its licence.</summary>
public sealed class MediaEditInputModel : MediaTextInputModel
{
    [StringLength(500), Url(ErrorMessage = "Enter a full web address, starting with https://."), Display(Name = "Credit URL")]
    public string? CreditUrl { get; set; }

    [StringLength(200), Display(Name = "Licence")]
    public string? Licence { get; set; }

    public MediaDetails ToDetails() => new(AltText, Caption, Credit, CreditUrl, Licence);

    public static MediaEditInputModel From(MediaDetails details) => new()
    {
        AltText = details.AltText, Caption = details.Caption, Credit = details.Credit,
        CreditUrl = details.CreditUrl, Licence = details.Licence,
    };
}

public sealed record MediaLibraryViewModel(Page<MediaCard> Page, string? Search, MediaUploadInputModel Upload, long MaxBytes);

/// <param name="Uses">Articles that show the item; when a delete was refused, the reason.</param>
public sealed record MediaEditViewModel(MediaCard Item, MediaEditInputModel Input, IReadOnlyList<MediaUse> Uses, bool MayDelete, bool DeleteRefused);

/// <summary>The hero picker in the article editor.</summary>
public sealed record HeroImagePickerViewModel(int? Selected, string? Caption, string? AltText, IReadOnlyList<MediaChoice> Choices);
