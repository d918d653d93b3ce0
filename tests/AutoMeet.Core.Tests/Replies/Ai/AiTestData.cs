using AutoMeet.Replies;
using AutoMeet.Replies.Ai;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using NodaTime;

namespace AutoMeet.Core.Tests.Replies.Ai;

internal static class AiTestData
{
    public static readonly Instant Received = Instant.FromUtc(2026, 3, 12, 14, 0); // a Thursday, 10:00 in New York

    public static ReplyInput Reply(string body, string subject = "Re: Quick question about your pipeline", Dictionary<string, string>? headers = null, string from = "Anna Schmidt <anna.schmidt@contoso.com>") => new()
    {
        Subject = subject,
        From = from,
        Headers = headers ?? new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase),
        Body = body,
        ReceivedAt = Received,
        ProspectZone = DateTimeZoneProviders.Tzdb["America/New_York"],
    };

    public static string Answer(string category, string objection = "none", double sentiment = 0.3, double confidence = 0.8) =>
        $$"""{"category":"{{category}}","objection":"{{objection}}","sentiment":{{sentiment.ToString(System.Globalization.CultureInfo.InvariantCulture)}},"confidence":{{confidence.ToString(System.Globalization.CultureInfo.InvariantCulture)}}}""";

    public static IOptions<AiReplyOptions> AiOptions(Action<AiReplyOptions>? configure = null)
    {
        var options = new AiReplyOptions();
        configure?.Invoke(options);
        return Microsoft.Extensions.Options.Options.Create(options);
    }

    public static FakeTimeProvider Time() => new(Received.ToDateTimeOffset());
}
