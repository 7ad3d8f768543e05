using System.ComponentModel.DataAnnotations;
using Fandom.Web.Services.Site;

namespace Fandom.Web.Areas.Admin.Models;

public sealed class SettingsInputModel
{
    public static readonly IReadOnlyList<string> SocialNetworks = ["bluesky", "x", "instagram", "tiktok", "threads", "mastodon"];

    [Required, StringLength(100), Display(Name = "Site name")]
    public string Name { get; set; } = "";

    [StringLength(200)]
    public string? Tagline { get; set; }

    [Required, IanaTimeZone, Display(Name = "Default time zone")]
    public string TimeZone { get; set; } = "";

    [Required, AllowedValues("bluesky", "x", "instagram", "tiktok", "threads", "mastodon", ErrorMessage = "Choose one of the listed networks.")]
    [Display(Name = "Social network for @handles")]
    public string SocialNetwork { get; set; } = "";

    [Range(1, 100), Display(Name = "Articles per page")]
    public int ArticlesPerPage { get; set; }

    [Display(Name = "Public registration")]
    public bool PublicRegistration { get; set; }

    [Display(Name = "Feeds carry the full article")]
    public bool FeedFullContent { get; set; }

    public static SettingsInputModel From(CurrentSettings s) => new()
    {
        Name = s.Name, Tagline = s.Tagline, TimeZone = s.TimeZone, SocialNetwork = s.SocialNetwork,
        ArticlesPerPage = s.ArticlesPerPage, PublicRegistration = s.PublicRegistration, FeedFullContent = s.FeedFullContent,
    };

    public SettingsUpdate ToUpdate() => new(Name.Trim(), Tagline?.Trim() ?? "", TimeZone, SocialNetwork, ArticlesPerPage, PublicRegistration, FeedFullContent);
}

/// <summary>Only IANA ids ("Europe/London") are portable between the servers the site may run on.</summary>
public sealed class IanaTimeZoneAttribute : ValidationAttribute
{
    public IanaTimeZoneAttribute() : base("Choose a time zone such as Europe/London.") { }

    public override bool IsValid(object? value) =>
        value is not string id || (TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) && zone.HasIanaId);
}

public sealed record SettingsViewModel(SettingsInputModel Input, IReadOnlyList<string> TimeZones);
