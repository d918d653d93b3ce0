using AutoMeet.Campaigns;
using AutoMeet.Meetings;
using AutoMeet.Messaging;
using NodaTime;

namespace AutoMeet.Core.Tests.Analytics;

internal static class AnalyticsFixtures
{
    public static readonly Instant T0 = Instant.FromUtc(2026, 10, 20, 9, 0);

    public static readonly Id<Campaign> CampaignA = new(Guid.Parse("00000000-0000-0000-0000-00000000000a"));

    public static readonly Id<Campaign> CampaignB = new(Guid.Parse("00000000-0000-0000-0000-00000000000b"));

    public static Id<EmailMessage> Message(int n) => new(new Guid(n, 0, 0, new byte[8]));

    public static EmailEvent Event(EmailEventKind kind, int message, string? detail = null, Id<Campaign>? campaign = null, Instant? at = null, int? step = 1, string? variant = "A") => new()
    {
        Kind = kind,
        MessageId = Message(message),
        CampaignId = campaign ?? CampaignA,
        OccurredAt = at ?? T0,
        StepPosition = step,
        Variant = variant,
        Detail = detail,
    };

    public static Meeting Meeting(MeetingStatus status, Id<Campaign>? campaign = null, Instant? start = null) => new()
    {
        Status = status,
        CampaignId = campaign ?? CampaignA,
        Start = start ?? T0,
        End = (start ?? T0) + Duration.FromMinutes(30),
    };
}
