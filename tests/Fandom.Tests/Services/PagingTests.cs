using Fandom.Web.Services;

namespace Fandom.Tests.Services;

public sealed class PagingTests
{
    [Theory]
    [InlineData(1, 0, false)]
    [InlineData(1, 3, false)]
    [InlineData(2, 3, false)]
    [InlineData(2, 0, true)]
    [InlineData(40, 0, true)]
    public void Only_an_empty_page_after_the_first_is_past_the_end(int number, int items, bool pastTheEnd) =>
        Assert.Equal(pastTheEnd, new Page<int>(Enumerable.Range(1, items).ToList(), number, 10).IsPastTheEnd);

    [Fact]
    public void A_counted_page_beyond_the_last_is_past_the_end() =>
        Assert.True(new Page<int>([], 3, 10, TotalCount: 15).IsPastTheEnd);
}
