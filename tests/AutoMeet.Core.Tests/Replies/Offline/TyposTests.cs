using AutoMeet.Replies.Offline;

namespace AutoMeet.Core.Tests.Replies.Offline;

public sealed class TyposTests
{
    [Theory]
    [InlineData("unsubscribe", "unsubscribe", true)]
    [InlineData("unsubscribe", "unsusbcribe", true)]
    [InlineData("unsubscribe", "unsusbcirbe", false)]
    [InlineData("unsubscribe", "unsubcsribe", true)]
    [InlineData("interested", "intrested", true)]
    [InlineData("interested", "interestd", true)]
    [InlineData("interested", "interestedx", false)]
    [InlineData("reschedule", "reschedlue", true)]
    [InlineData("reschedule", "rescheduel", true)]
    [InlineData("cancelled", "canceled", true)]
    [InlineData("decide", "decided", false)]
    [InlineData("brochure", "brochrue", true)]
    [InlineData("brochure", "broxhrue", false)]
    public void WithinOneEdit_Words_DetectsSingleTypos(string expected, string word, bool within)
    {
        Assert.Equal(within, Typos.WithinOneEdit(expected, word));
    }
}
