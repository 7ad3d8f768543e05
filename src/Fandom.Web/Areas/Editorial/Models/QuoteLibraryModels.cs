using System.ComponentModel.DataAnnotations;
using Fandom.Web.Services;
using Fandom.Web.Services.Quotes;

namespace Fandom.Web.Areas.Editorial.Models;

/// <summary>The quote form (SPEC §9: Quote, Speaker, Source, Source URL, Date said).</summary>
public sealed class QuoteInputModel
{
    [Required, StringLength(4000), Display(Name = "Quote")]
    public string Text { get; set; } = "";

    [Required, StringLength(200), Display(Name = "Speaker")]
    public string Speaker { get; set; } = "";

    [StringLength(200), Display(Name = "Source")]
    public string? SourceName { get; set; }

    [StringLength(500), Url(ErrorMessage = "Enter a full web address, starting with https://."), Display(Name = "Source URL")]
    public string? SourceUrl { get; set; }

    [Display(Name = "Date said")]
    public DateOnly? SaidOn { get; set; }

    [StringLength(1000), Display(Name = "Context note")]
    public string? Context { get; set; }

    public QuoteFields ToFields() => new(Text, Speaker, SourceName, SourceUrl, SaidOn, Context);

    public static QuoteInputModel From(QuoteFields quote) => new()
    {
        Text = quote.Text, Speaker = quote.Speaker, SourceName = quote.SourceName,
        SourceUrl = quote.SourceUrl, SaidOn = quote.SaidOn, Context = quote.Context,
    };
}

public sealed record QuoteFormViewModel(QuoteInputModel Input, int? Id, IReadOnlyList<string> SpeakerNames)
{
    public bool IsNew => Id is null;
}

public sealed record QuoteLibraryViewModel(string? Search, Page<QuoteListItem> Quotes, bool MayEdit);

/// <summary>What the article editor's quote picker lists.</summary>
public sealed record QuotePick(int Id, string Text, string Speaker, string? Source);

public sealed class PersonInputModel
{
    [Required, StringLength(200), Display(Name = "Name")]
    public string Name { get; set; } = "";

    [StringLength(2000), Display(Name = "Bio")]
    public string? Bio { get; set; }

    [StringLength(500), Url(ErrorMessage = "Enter a full web address, starting with https://."), Display(Name = "Link")]
    public string? Url { get; set; }

    public PersonFields ToFields() => new(Name, Bio, Url);

    public static PersonInputModel From(PersonFields person) => new() { Name = person.Name, Bio = person.Bio, Url = person.Url };
}

public sealed record PersonFormViewModel(PersonInputModel Input, int? Id)
{
    public bool IsNew => Id is null;
}

public sealed record PeopleViewModel(string? Search, Page<PersonListItem> People, bool MayEdit);
