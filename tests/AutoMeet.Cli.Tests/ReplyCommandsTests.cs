using System.Text;
using System.Text.Json;

namespace AutoMeet.Cli.Tests;

public sealed class ReplyCommandsTests
{
    private static (int Exit, List<JsonElement> Lines) Run(string command, params string[] lines)
    {
        using var input = new MemoryStream(Encoding.UTF8.GetBytes(string.Join('\n', lines) + "\n"));
        using var output = new MemoryStream();
        using var error = new StringWriter();
        var exit = CliApp.Run([command], input, output, error);
        var text = Encoding.UTF8.GetString(output.ToArray());
        return (exit, [.. text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.Clone())]);
    }

    [Fact]
    public void Classify_ReplyWithTimesAndQuotedPitch_WritesLabelIntentAndWindows()
    {
        var (exit, lines) = Run(
            "classify",
            """{"id":"r1","subject":"Re: intro","from":"ada@example.com","headers":{},"body":"Sounds good - Tuesday after 2pm my time works.\n\nOn Mon, Nov 2, 2026 at 9:00 AM Bob wrote:\n> Reply STOP to opt out","received_utc":"2026-11-02T15:00:00Z","prospect_tz":"Europe/Berlin"}""");

        Assert.Equal(0, exit);
        var line = Assert.Single(lines);
        Assert.Equal("r1", line.GetProperty("id").GetString());
        Assert.Equal("interested_meeting", line.GetProperty("label").GetString());
        Assert.Equal(JsonValueKind.Null, line.GetProperty("objection").ValueKind);
        Assert.True(line.GetProperty("meeting_intent").GetBoolean());
        var window = Assert.Single(line.GetProperty("windows").EnumerateArray());
        Assert.Equal("2026-11-03T14:00:00", window.GetProperty("start").GetString());
        Assert.Equal("Europe/Berlin", window.GetProperty("tz").GetString());
    }

    [Fact]
    public void Classify_MalformedLines_ReportEachByIdOrLineAndTheRestStillRun()
    {
        var (exit, lines) = Run(
            "classify",
            "not json",
            """{"id":"r2","body":"x","received_utc":"yesterday","prospect_tz":"Europe/Berlin"}""",
            """{"id":"r3","body":"please remove me from your list","received_utc":"2026-11-02T15:00:00Z","prospect_tz":"Europe/Berlin"}""");

        Assert.Equal(1, exit);
        Assert.Equal(3, lines.Count);
        Assert.Equal(1, lines[0].GetProperty("line").GetInt32());
        Assert.Equal("r2", lines[1].GetProperty("id").GetString());
        Assert.StartsWith("received_utc:", lines[1].GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Equal("unsubscribe", lines[2].GetProperty("label").GetString());
    }

    [Fact]
    public void ExtractAvailability_NamedZoneAndNextWeekday_WritesLocalWindowsInThatZone()
    {
        var (exit, lines) = Run(
            "extract-availability",
            """{"id":"a1","text":"next Tuesday 10-11am ET works","received_local":"2026-11-02T09:15:00","prospect_tz":"Europe/Berlin","host_tz":"America/New_York"}""",
            """{"id":"a2","text":"send me some times","received_local":"2026-11-02T09:15:00","prospect_tz":"Europe/Berlin","host_tz":"America/New_York"}""");

        Assert.Equal(0, exit);
        Assert.Equal("windows", lines[0].GetProperty("kind").GetString());
        var window = Assert.Single(lines[0].GetProperty("windows").EnumerateArray());
        Assert.Equal("2026-11-10T10:00:00", window.GetProperty("start").GetString());
        Assert.Equal("2026-11-10T11:00:00", window.GetProperty("end").GetString());
        Assert.Equal("America/New_York", window.GetProperty("tz").GetString());
        Assert.Equal("none", lines[1].GetProperty("kind").GetString());
        Assert.Empty(lines[1].GetProperty("windows").EnumerateArray());
    }

    [Fact]
    public void ExtractAvailability_UnknownZone_WritesAnErrorNamingTheField()
    {
        var (exit, lines) = Run(
            "extract-availability",
            """{"id":"a3","text":"Friday","received_local":"2026-11-02T09:15:00","prospect_tz":"Mars/Olympus","host_tz":"America/New_York"}""");

        Assert.Equal(1, exit);
        Assert.Equal("prospect_tz: 'Mars/Olympus' is not a known IANA time zone", Assert.Single(lines).GetProperty("error").GetString());
    }

    [Fact]
    public void Run_UnknownCommand_PrintsUsageWithEveryCommand()
    {
        using var error = new StringWriter();

        var exit = CliApp.Run(["nope"], Stream.Null, Stream.Null, error);

        Assert.Equal(2, exit);
        Assert.Contains("classify", error.ToString(), StringComparison.Ordinal);
        Assert.Contains("extract-availability", error.ToString(), StringComparison.Ordinal);
    }
}
