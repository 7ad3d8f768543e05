using System.ComponentModel.DataAnnotations;
using Fandom.Web.Content;
using Fandom.Web.Options;
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
    /// <summary>Only http(s): the link is published under the image on reader pages.</summary>
    [StringLength(500), WebAddress(ErrorMessage = "Enter a full web address, starting with https:// or http://."), Display(Name = "Credit URL")]
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

/// <summary>The words for a refused upload, shown beside the upload form and in the upload script's list.</summary>
public static class UploadRefusals
{
    private const string Accepted = "Upload a JPEG, PNG, WebP or GIF image.";

    public static string Message(ImageRefusal refusal, MediaOptions limits) => refusal.Error switch
    {
        ImageError.Empty => "The file is empty. " + Accepted,
        ImageError.TooLarge => $"The file is {Megabytes(refusal.Bytes)}; the limit is {Megabytes(limits.MaxBytes)}.",
        ImageError.Svg => "SVG images are not accepted: they can carry scripts. " + Accepted,
        ImageError.Unreadable => "This file is not an image we can read. " + Accepted,
        ImageError.FormatNotAccepted => $"{refusal.Format} images are not accepted. " + Accepted,
        ImageError.TooManyPixels => $"The image is {refusal.Width:N0} × {refusal.Height:N0} pixels; the limit is " +
            $"{limits.MaxWidth:N0} × {limits.MaxHeight:N0} and {limits.MaxPixels / 1_000_000.0:0.#} megapixels in all.",
        ImageError.Damaged => "The image is damaged or incomplete (it could not be decoded in full). Please upload it again.",
        ImageError.GifDamaged => "The GIF is damaged or incomplete. Please upload it again.",
        ImageError.Busy => "The server is busy with other uploads, so this file was not saved. Please upload it again in a moment.",
        _ => throw new ArgumentOutOfRangeException(nameof(refusal), refusal.Error, null),
    };

    /// <summary>For a request with more files than one upload may carry: none of them is processed.</summary>
    public static string TooManyFiles(int chosen, MediaOptions limits) =>
        $"You chose {chosen} files; up to {limits.MaxFilesPerRequest} can be uploaded at once. Nothing was uploaded: choose fewer and try again.";

    private static string Megabytes(long bytes) => $"{bytes / 1024.0 / 1024.0:0.#} MB";
}

/// <param name="Editable">The items on the page the user may edit: only they link to their form.</param>
/// <summary>An optional field that, when filled, must be an http(s) address: anything else would be published as a link.</summary>
public sealed class WebAddressAttribute : ValidationAttribute
{
    public override bool IsValid(object? value) =>
        value is not string url || string.IsNullOrWhiteSpace(url) || WebAddresses.IsWebAddress(url.Trim());
}

/// <param name="Limits">What an upload may be, for the form's hint.</param>
public sealed record MediaLibraryViewModel(Page<MediaCard> Page, IReadOnlySet<int> Editable, string? Search, MediaUploadInputModel Upload, MediaOptions Limits);

/// <param name="Uses">Articles that show the item; when a delete was refused, the reason.</param>
public sealed record MediaEditViewModel(MediaCard Item, MediaEditInputModel Input, IReadOnlyList<MediaUse> Uses, bool MayDelete, bool DeleteRefused);

/// <summary>One image as the article editor's media picker lists it.</summary>
public sealed record MediaPick(int Id, string AltText, string ThumbnailUrl, int Width, int Height);

/// <summary>The hero picker in the article editor.</summary>
public sealed record HeroImagePickerViewModel(int? Selected, string? Caption, string? AltText, IReadOnlyList<MediaChoice> Choices);
