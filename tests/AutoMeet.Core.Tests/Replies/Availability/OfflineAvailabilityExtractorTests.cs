using AutoMeet.Replies;
using AutoMeet.Replies.Availability;
using NodaTime;

namespace AutoMeet.Core.Tests.Replies.Availability;

public sealed class OfflineAvailabilityExtractorTests
{
    // Thursday 12 March 2026, 10:00 in New York; the host is in Berlin.
    private static readonly OfflineAvailabilityExtractor Extractor = new();

    private static ExtractedAvailability Extract(string text, string prospect = "America/New_York") => Extractor.Extract(new AvailabilityText
    {
        Text = text,
        ReceivedLocal = new LocalDateTime(2026, 3, 12, 10, 0),
        ProspectZone = DateTimeZoneProviders.Tzdb[prospect],
        HostZone = DateTimeZoneProviders.Tzdb["Europe/Berlin"],
    });

    private static string Show(ExtractedAvailability result) =>
        string.Join("; ", result.Windows.Select(w => $"{w.Start:yyyy-MM-dd HH:mm}-{w.End:HH:mm} {w.ZoneId}"));

    [Theory]
    [InlineData("Tuesday at 2pm", "2026-03-17 14:00-14:30 America/New_York")]
    [InlineData("next Friday morning", "2026-03-20 09:00-12:00 America/New_York")]
    [InlineData("Tue or Wed after 2 my time", "2026-03-17 14:00-17:00 America/New_York; 2026-03-18 14:00-17:00 America/New_York")]
    [InlineData("Monday at 3 your time", "2026-03-16 15:00-15:30 Europe/Berlin")]
    [InlineData("Friday 10-11am PT", "2026-03-13 10:00-11:00 America/Los_Angeles")]
    [InlineData("Tuesday at 3pm GMT+1", "2026-03-17 15:00-15:30 Etc/GMT-1")]
    [InlineData("Friday at 2 for an hour", "2026-03-13 14:00-15:00 America/New_York")]
    [InlineData("Monday 11am PT / 2pm ET", "2026-03-16 11:00-11:30 America/Los_Angeles")]
    public void Extract_OfferedTimes_ResolvesWindows(string text, string expected)
    {
        var result = Extract(text);

        Assert.Equal(AvailabilityKind.Windows, result.Kind);
        Assert.Equal(expected, Show(result));
    }

    [Fact]
    public void Extract_Exclusion_RemovesPartOfDay()
    {
        var result = Extract("Next week works, but not Monday morning");

        Assert.Equal("2026-03-16 12:00-17:00 America/New_York", Show(result).Split("; ")[0]);
        Assert.Equal(5, result.Windows.Count);
    }

    [Theory]
    [InlineData("Let's talk sometime.")]
    [InlineData("Can't do Tuesday.")]
    [InlineData("Send me some times.")]
    public void Extract_NothingOffered_None(string text)
    {
        Assert.Equal(ExtractedAvailability.Nothing, Extract(text));
    }

    [Theory]
    [InlineData("Friday the 12th at 2pm", "America/New_York")]
    [InlineData("February 30 at 10am", "America/New_York")]
    [InlineData("4/5 at 2pm", "America/Toronto")]
    public void Extract_Unresolvable_Ambiguous(string text, string zone)
    {
        Assert.Equal(AvailabilityKind.Ambiguous, Extract(text, zone).Kind);
    }

    [Fact]
    public void Extract_TimesOnlyInQuotedSellerText_AreIgnored()
    {
        var result = Extract("Thursday works.\n\nOn Tue, Mar 10, 2026 at 9:14 AM Alex <a@b.io> wrote:\n> Monday at 2pm?");

        Assert.Equal("2026-03-19 09:00-17:00 America/New_York", Show(result));
    }

    [Fact]
    public void Extract_EuropeanProspect_ReadsDayFirst()
    {
        Assert.Equal("2026-04-03 10:00-10:30 Europe/Berlin", Show(Extract("How about 3/4 at 10?", "Europe/Berlin")));
    }

    [Fact]
    public void Extract_Null_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => Extractor.Extract(null!));
    }
}
