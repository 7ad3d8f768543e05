namespace Fandom.Web.Options;

public sealed class FandomOptions
{
    public const string Section = "Fandom";

    /// <summary>Seed the demo newsroom (categories, people, articles) when the database is empty.</summary>
    public bool DemoContent { get; set; }
}
