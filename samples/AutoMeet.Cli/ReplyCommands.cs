using System.Globalization;
using System.Text.Json;
using AutoMeet.Replies;
using AutoMeet.Replies.Availability;
using AutoMeet.Replies.Offline;
using AutoMeet.Replies.Stripping;
using NodaTime;
using NodaTime.Text;

namespace AutoMeet.Cli;

/// <summary>The <c>classify</c> and <c>extract-availability</c> commands, on the offline engine.</summary>
internal static class ReplyCommands
{
    private static readonly OfflineReplyClassifier Classifier = new();
    private static readonly OfflineAvailabilityExtractor Extractor = new();
    private static readonly LocalDateTimePattern LocalPattern = LocalDateTimePattern.CreateWithInvariantCulture("uuuu-MM-dd'T'HH:mm:ss");

    /// <summary>Classifies one reply per line.</summary>
    /// <param name="input">JSON Lines: <c>{"id","subject","from","headers","body","received_utc","prospect_tz"}</c>.</param>
    /// <param name="output">JSON Lines: <c>{"id","label","objection","meeting_intent","sentiment","confidence","windows"}</c>.</param>
    /// <returns>The exit code.</returns>
    public static int Classify(Stream input, Stream output) => JsonLinesCommand.Run(input, output, root =>
    {
        var zone = Zone(root, "prospect_tz");
        var received = Instant(root, "received_utc");
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (root.TryGetProperty("headers", out var headerElement) && headerElement.ValueKind == JsonValueKind.Object)
        {
            foreach (var header in headerElement.EnumerateObject())
            {
                headers[header.Name] = header.Value.ToString();
            }
        }

        var body = JsonLinesCommand.Optional(root, "body");
        var reply = new ReplyInput
        {
            Subject = JsonLinesCommand.Optional(root, "subject"),
            From = JsonLinesCommand.Optional(root, "from"),
            Headers = headers,
            Body = body,
            ReceivedAt = received,
            ProspectZone = zone,
        };
        var result = Classifier.Classify(reply);
        var windows = Extractor.Extract(new AvailabilityText
        {
            Text = ReplyTextStripper.Strip(body),
            ReceivedLocal = received.InZone(zone).LocalDateTime,
            ProspectZone = zone,
            HostZone = zone,
        });
        return new ClassifyResult(
            Id(root),
            result.Label.ToWireName(),
            result.Objection?.ToWireName(),
            result.MeetingIntent,
            Math.Round(result.Sentiment, 3),
            Math.Round(result.Confidence, 3),
            [.. windows.Windows.Select(Window)]);
    });

    /// <summary>Extracts offered availability from one text per line.</summary>
    /// <param name="input">JSON Lines: <c>{"id","text","received_local","prospect_tz","host_tz"}</c>.</param>
    /// <param name="output">JSON Lines: <c>{"id","kind","windows":[{"start","end","tz"}]}</c>.</param>
    /// <returns>The exit code.</returns>
    public static int ExtractAvailability(Stream input, Stream output) => JsonLinesCommand.Run(input, output, root =>
    {
        var text = new AvailabilityText
        {
            Text = JsonLinesCommand.Required(root, "text"),
            ReceivedLocal = Local(root, "received_local"),
            ProspectZone = Zone(root, "prospect_tz"),
            HostZone = Zone(root, "host_tz"),
        };
        var result = Extractor.Extract(text);
        var kind = result.Kind switch
        {
            AvailabilityKind.Windows => "windows",
            AvailabilityKind.Ambiguous => "ambiguous",
            _ => "none",
        };
        return new ExtractResult(Id(root), kind, [.. result.Windows.Select(Window)]);
    });

    private static string? Id(JsonElement root) => root.TryGetProperty("id", out var id) ? id.ToString() : null;

    private static DateTimeZone Zone(JsonElement root, string name)
    {
        var id = JsonLinesCommand.Required(root, name);
        return DateTimeZoneProviders.Tzdb.GetZoneOrNull(id) ?? throw new LineException($"{name}: '{id}' is not a known IANA time zone");
    }

    private static Instant Instant(JsonElement root, string name)
    {
        var text = JsonLinesCommand.Required(root, name);
        var parsed = InstantPattern.ExtendedIso.Parse(text);
        return parsed.Success ? parsed.Value : throw new LineException($"{name}: '{text}' is not a UTC instant like 2026-11-03T14:05:00Z");
    }

    private static LocalDateTime Local(JsonElement root, string name)
    {
        var text = JsonLinesCommand.Required(root, name);
        var parsed = LocalDateTimePattern.ExtendedIso.Parse(text);
        return parsed.Success ? parsed.Value : throw new LineException($"{name}: '{text}' is not a local date-time like 2026-11-03T09:15:00");
    }

    private static WindowResult Window(OfferedWindow window) =>
        new(LocalPattern.Format(window.Start), LocalPattern.Format(window.End), window.ZoneId);

    private sealed record ClassifyResult(string? Id, string Label, string? Objection, bool MeetingIntent, double Sentiment, double Confidence, IReadOnlyList<WindowResult> Windows);

    private sealed record ExtractResult(string? Id, string Kind, IReadOnlyList<WindowResult> Windows);

    private sealed record WindowResult(string Start, string End, string Tz);
}
