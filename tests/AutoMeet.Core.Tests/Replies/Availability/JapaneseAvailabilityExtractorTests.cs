using AutoMeet.Replies;
using AutoMeet.Replies.Availability;
using NodaTime;

namespace AutoMeet.Core.Tests.Replies.Availability;

/// <summary>Japanese phrases: no spaces, particles after what they govern, month-first numeric dates.</summary>
public sealed class JapaneseAvailabilityExtractorTests
{
    // Thursday 12 March 2026, 10:00 in Tokyo; the host is in New York.
    private static readonly OfflineAvailabilityExtractor Extractor = new();

    private static ExtractedAvailability Extract(string text) => Extractor.Extract(new AvailabilityText
    {
        Text = text,
        ReceivedLocal = new LocalDateTime(2026, 3, 12, 10, 0),
        ProspectZone = DateTimeZoneProviders.Tzdb["Asia/Tokyo"],
        HostZone = DateTimeZoneProviders.Tzdb["America/New_York"],
    });

    private static string Show(ExtractedAvailability result) =>
        string.Join("; ", result.Windows.Select(w => $"{w.Start:MM-dd HH:mm}-{w.End:HH:mm} {w.ZoneId}"));

    [Theory]
    [InlineData("月曜日の10時", "03-16 10:00-10:30 Asia/Tokyo")]
    [InlineData("(火)14時", "03-17 14:00-14:30 Asia/Tokyo")]
    [InlineData("水曜の午後", "03-18 13:00-17:00 Asia/Tokyo")]
    [InlineData("来週の木曜", "03-19 09:00-17:00 Asia/Tokyo")]
    [InlineData("明日の朝", "03-13 09:00-12:00 Asia/Tokyo")]
    [InlineData("4月2日の11時", "04-02 11:00-11:30 Asia/Tokyo")]
    [InlineData("4/2 11:00", "04-02 11:00-11:30 Asia/Tokyo")] // month first in Japan
    [InlineData("２０日の１５：３０", "03-20 15:30-16:00 Asia/Tokyo")] // full-width digits and colon
    public void Extract_DaysAndDates_Resolve(string text, string expected)
    {
        var result = Extract(text);

        Assert.Equal(AvailabilityKind.Windows, result.Kind);
        Assert.Equal(expected, Show(result));
    }

    [Theory]
    [InlineData("火曜の3時", "03-17 15:00-15:30 Asia/Tokyo")] // bare hour rule: 1-7 are pm
    [InlineData("火曜の午前10時", "03-17 10:00-10:30 Asia/Tokyo")]
    [InlineData("火曜の午後2時", "03-17 14:00-14:30 Asia/Tokyo")]
    [InlineData("火曜の14時半", "03-17 14:30-15:00 Asia/Tokyo")]
    [InlineData("火曜の14時15分", "03-17 14:15-14:45 Asia/Tokyo")]
    [InlineData("火曜の夕方", "03-17 16:00-18:00 Asia/Tokyo")]
    [InlineData("火曜の10時から1時間", "03-17 10:00-11:00 Asia/Tokyo")]
    public void Extract_ClockTimesAndPartsOfDay_Resolve(string text, string expected)
    {
        Assert.Equal(expected, Show(Extract(text)));
    }

    [Theory]
    [InlineData("金曜の10時から12時まで", "03-13 10:00-12:00 Asia/Tokyo")]
    [InlineData("金曜の10時～12時", "03-13 10:00-12:00 Asia/Tokyo")]
    [InlineData("金曜の15時以降", "03-13 15:00-17:00 Asia/Tokyo")]
    [InlineData("金曜の11時まで", "03-13 09:00-11:00 Asia/Tokyo")]
    [InlineData("金曜の11時以前", "03-13 09:00-11:00 Asia/Tokyo")]
    public void Extract_PostpositionalRanges_MoveBeforeTheTime(string text, string expected)
    {
        Assert.Equal(expected, Show(Extract(text)));
    }

    [Theory]
    [InlineData("月曜は都合が悪いので、火曜の午前で。", "03-17 09:00-12:00 Asia/Tokyo")]
    [InlineData("月曜は難しいですが、火曜の午前なら。", "03-17 09:00-12:00 Asia/Tokyo")]
    [InlineData("来週は月曜以外なら終日大丈夫です。", "03-17 09:00-17:00 Asia/Tokyo; 03-18 09:00-17:00 Asia/Tokyo; 03-19 09:00-17:00 Asia/Tokyo; 03-20 09:00-17:00 Asia/Tokyo")]
    public void Extract_Exclusions_RuleOutDays(string text, string expected)
    {
        Assert.Equal(expected, Show(Extract(text)));
    }

    [Theory]
    [InlineData("火曜の10時、日本時間で", "03-17 10:00-10:30 Asia/Tokyo")]
    [InlineData("火曜の10時JST", "03-17 10:00-10:30 Asia/Tokyo")]
    [InlineData("火曜の10時、そちらの時間で", "03-17 10:00-10:30 America/New_York")]
    public void Extract_ZonePhrases_PickTheZone(string text, string expected)
    {
        Assert.Equal(expected, Show(Extract(text)));
    }

    [Theory]
    [InlineData("いつでも大丈夫です。")]
    [InlineData("資料を拝見してから日程を調整させてください。")]
    public void Extract_NoDayNamed_IsNone(string text)
    {
        Assert.Equal(AvailabilityKind.None, Extract(text).Kind);
    }
}
