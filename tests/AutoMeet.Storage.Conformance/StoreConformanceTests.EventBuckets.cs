using AutoMeet.Messaging;
using NodaTime;

namespace AutoMeet.Storage.Conformance;

public abstract partial class StoreConformanceTests
{
    /// <summary>
    /// Events are counted per bucket [b(i), b(i+1)), kind, step, variant and reply label; messages are counted once per
    /// group, events without a message once each; events outside the boundaries, the query range or the filter are not counted.
    /// </summary>
    /// <returns>A task that completes when the test has run.</returns>
    [ConformanceFact]
    public async Task CountByBucketAsync_MixedHistory_GroupsByBucketKindStepVariantAndLabel()
    {
        var graph = await SeedGraphAsync();
        var other = await SeedCampaignAsync(graph);
        var thread = await SeedThreadAsync(graph, campaignId: graph.Campaign.Id, messageCount: 2);
        var (m1, m2) = (thread.Messages[0].Id, thread.Messages[1].Id);
        var t0 = Instant.FromUtc(2026, 3, 1, 0, 0);
        var day = Duration.FromDays(1);
        EmailEvent Event(EmailEventKind kind, Instant at, Id<EmailMessage>? message, int? step = 1, string? variant = "A", string? detail = null, Id<Campaigns.Campaign>? campaign = null)
        {
            var e = ConformanceData.EmailEvent(kind, at, campaign ?? graph.Campaign.Id, graph.Prospect.Id, messageId: message);
            e.StepPosition = step;
            e.Variant = variant;
            e.Detail = detail;
            return e;
        }

        var events = new[]
        {
            Event(EmailEventKind.Sent, t0, m1),
            Event(EmailEventKind.Opened, t0.Plus(Duration.FromHours(1)), m1),
            Event(EmailEventKind.Opened, t0.Plus(Duration.FromHours(2)), m1), // same message, same bucket: one message, two events
            Event(EmailEventKind.Opened, t0.Plus(day), m1),                   // next bucket
            Event(EmailEventKind.Sent, t0.Plus(Duration.FromHours(3)), m2, step: 2, variant: "B"),
            Event(EmailEventKind.Clicked, t0.Plus(Duration.FromHours(4)), null, detail: "https://example.com/a"),
            Event(EmailEventKind.Clicked, t0.Plus(Duration.FromHours(5)), null, detail: "https://example.com/b"),
            Event(EmailEventKind.Replied, t0.Plus(day).Plus(Duration.FromHours(1)), m2, step: 2, variant: "B", detail: "interested_meeting"),
            Event(EmailEventKind.Replied, t0.Plus(day).Plus(Duration.FromHours(2)), m1, detail: "out_of_office"),
            Event(EmailEventKind.Sent, t0.Plus(day * 2), m1),                 // at the last boundary: excluded
            Event(EmailEventKind.Sent, t0.Minus(Duration.FromTicks(1)), m1),  // before the first boundary: excluded
            Event(EmailEventKind.Sent, t0.Plus(Duration.FromHours(6)), null, campaign: other.Id), // other campaign: filtered out
        };
        foreach (var e in events)
        {
            await AddAsync(s => s.EmailEvents, e);
        }

        Instant[] boundaries = [t0, t0.Plus(day), t0.Plus(day * 2)];
        var rows = await InNewScopeAsync(s => s.EmailEvents.CountByBucketAsync(new EmailEventQuery { CampaignId = graph.Campaign.Id }, boundaries));

        var expected = new[]
        {
            new EmailEventBucketCount(0, EmailEventKind.Sent, 1, "A", null, 1, 1),
            new EmailEventBucketCount(0, EmailEventKind.Opened, 1, "A", null, 2, 1),
            new EmailEventBucketCount(0, EmailEventKind.Sent, 2, "B", null, 1, 1),
            new EmailEventBucketCount(0, EmailEventKind.Clicked, 1, "A", null, 2, 2),
            new EmailEventBucketCount(1, EmailEventKind.Opened, 1, "A", null, 1, 1),
            new EmailEventBucketCount(1, EmailEventKind.Replied, 2, "B", "interested_meeting", 1, 1),
            new EmailEventBucketCount(1, EmailEventKind.Replied, 1, "A", "out_of_office", 1, 1),
        };
        Assert.Equal(Sorted(expected), Sorted(rows));
    }

    /// <summary>The query's own range narrows the boundaries, and kind filters apply.</summary>
    /// <returns>A task that completes when the test has run.</returns>
    [ConformanceFact]
    public async Task CountByBucketAsync_QueryRangeAndKinds_ApplyOnTopOfBoundaries()
    {
        var graph = await SeedGraphAsync();
        var t0 = Instant.FromUtc(2026, 3, 1, 0, 0);
        for (var hour = 0; hour < 10; hour++)
        {
            await AddAsync(s => s.EmailEvents, ConformanceData.EmailEvent(hour % 2 == 0 ? EmailEventKind.Sent : EmailEventKind.Opened, t0.Plus(Duration.FromHours(hour)), graph.Campaign.Id, graph.Prospect.Id));
        }

        var query = new EmailEventQuery { CampaignId = graph.Campaign.Id, Kinds = [EmailEventKind.Sent], From = t0.Plus(Duration.FromHours(3)), To = t0.Plus(Duration.FromHours(9)) };
        Instant[] boundaries = [t0, t0.Plus(Duration.FromHours(5)), t0.Plus(Duration.FromHours(10))];
        var rows = await InNewScopeAsync(s => s.EmailEvents.CountByBucketAsync(query, boundaries));

        // Sent at hours 4 (bucket 0), 6 and 8 (bucket 1).
        Assert.Equal(
            Sorted([new EmailEventBucketCount(0, EmailEventKind.Sent, 1, "A", null, 1, 1), new EmailEventBucketCount(1, EmailEventKind.Sent, 1, "A", null, 2, 2)]),
            Sorted(rows));
    }

    /// <summary>Too few or unordered boundaries are rejected before any query runs.</summary>
    /// <returns>A task that completes when the test has run.</returns>
    [ConformanceFact]
    public async Task CountByBucketAsync_BadBoundaries_ThrowsArgumentException()
    {
        var t0 = Instant.FromUtc(2026, 3, 1, 0, 0);
        await Assert.ThrowsAsync<ArgumentException>(() => InNewScopeAsync(s => s.EmailEvents.CountByBucketAsync(new EmailEventQuery(), [t0])));
        await Assert.ThrowsAsync<ArgumentException>(() => InNewScopeAsync(s => s.EmailEvents.CountByBucketAsync(new EmailEventQuery(), [t0, t0])));
        await Assert.ThrowsAsync<ArgumentException>(() => InNewScopeAsync(s => s.EmailEvents.CountByBucketAsync(new EmailEventQuery(), [t0.Plus(Duration.FromHours(1)), t0])));
    }

    private static List<EmailEventBucketCount> Sorted(IEnumerable<EmailEventBucketCount> rows) =>
        [.. rows.OrderBy(r => r.Bucket).ThenBy(r => r.Kind).ThenBy(r => r.StepPosition).ThenBy(r => r.Variant, StringComparer.Ordinal).ThenBy(r => r.ReplyLabel, StringComparer.Ordinal)];
}
