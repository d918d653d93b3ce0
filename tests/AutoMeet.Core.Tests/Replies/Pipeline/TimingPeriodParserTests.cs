using AutoMeet.Replies.Pipeline;
using NodaTime;
using NodaTime.Text;

namespace AutoMeet.Core.Tests.Replies.Pipeline;

public sealed class TimingPeriodParserTests
{
    // Received Monday 2 March 2026 (Q1).
    private static readonly LocalDate Received = new(2026, 3, 2);

    [Theory]
    [InlineData("Ask me again in Q3.", "2026-07-01")]
    [InlineData("Maybe Q1 2027", "2027-01-01")]
    [InlineData("let's revisit in q1", "2026-04-01")] // inside Q1 already: next month
    [InlineData("Ping me next month", "2026-04-01")]
    [InlineData("Try again next quarter.", "2026-04-01")]
    [InlineData("next week is better", "2026-03-09")]
    [InlineData("Not before next year.", "2027-01-01")]
    [InlineData("Come back in 3 weeks", "2026-03-23")]
    [InlineData("in a couple of months maybe", "2026-05-02")]
    [InlineData("in a few months", "2026-06-02")]
    [InlineData("Reach out in September", "2026-09-01")]
    [InlineData("After September we can talk", "2026-10-01")]
    [InlineData("mid-May works", "2026-05-15")]
    [InlineData("end of June", "2026-06-20")]
    [InlineData("from February 2027", "2027-02-01")]
    [InlineData("Bitte melden Sie sich nächsten Monat wieder", "2026-04-01")]
    [InlineData("Revenez vers moi dans 2 mois", "2026-05-02")]
    [InlineData("Escríbeme a partir de octubre", "2026-10-01")]
    [InlineData("Neem contact op in het volgende kwartaal... volgend kwartaal", "2026-04-01")]
    [InlineData("after the summer", "2026-09-01")]
    public void TryParse_StatedPeriod_ReturnsDateToComeBack(string text, string expected)
    {
        Assert.True(TimingPeriodParser.TryParse(text, Received, out var date));
        Assert.Equal(LocalDatePattern.Iso.Parse(expected).Value, date);
    }

    [Theory]
    [InlineData("Not now, sorry.")]
    [InlineData("We may look at this later")]
    [InlineData("No, March is bad")]
    [InlineData("Maybe some other time.")]
    public void TryParse_NoPeriod_ReturnsFalse(string text) =>
        Assert.False(TimingPeriodParser.TryParse(text, Received, out _));
}
