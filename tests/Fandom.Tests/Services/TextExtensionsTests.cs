using Fandom.Web.Services;

namespace Fandom.Tests.Services;

public sealed class TextExtensionsTests
{
    [Theory]
    [InlineData("  Sam Reyes \n", "Sam Reyes")]
    [InlineData("   ", null)]
    [InlineData("", null)]
    [InlineData(null, null)]
    public void An_optional_field_is_stored_trimmed_or_not_at_all(string? field, string? stored) =>
        Assert.Equal(stored, field.TrimToNull());
}
