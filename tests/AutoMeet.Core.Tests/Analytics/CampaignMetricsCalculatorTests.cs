using AutoMeet.Analytics;
using AutoMeet.Meetings;
using AutoMeet.Messaging;
using static AutoMeet.Core.Tests.Analytics.AnalyticsFixtures;

namespace AutoMeet.Core.Tests.Analytics;

public sealed class CampaignMetricsCalculatorTests
{
    // Ten messages: m8 bounced, m9 answered by a bounce notification; m0 replied positively after three opens and a
    // click, m1 sent an out-of-office note and later a question, m2 declined, m3 unsubscribed.
    private static List<EmailEvent> History()
    {
        var events = Enumerable.Range(0, 10).Select(i => Event(EmailEventKind.Sent, i)).ToList();
        events.AddRange(
        [
            Event(EmailEventKind.Bounced, 8, "550 no such user"),
            Event(EmailEventKind.Replied, 9, "bounce"),
            Event(EmailEventKind.Opened, 0), Event(EmailEventKind.Opened, 0), Event(EmailEventKind.Opened, 0),
            Event(EmailEventKind.Opened, 1),
            Event(EmailEventKind.Clicked, 0, "https://example.com"),
            Event(EmailEventKind.Replied, 0, "interested_meeting"),
            Event(EmailEventKind.Replied, 1, "out_of_office"),
            Event(EmailEventKind.Replied, 1, "question"),
            Event(EmailEventKind.Replied, 2, "not_interested"),
            Event(EmailEventKind.Unsubscribed, 3),
        ]);
        return events;
    }

    private static Meeting[] Meetings() =>
    [
        Meeting(MeetingStatus.Proposed), Meeting(MeetingStatus.Scheduled), Meeting(MeetingStatus.Completed),
        Meeting(MeetingStatus.NoShow), Meeting(MeetingStatus.Cancelled),
    ];

    [Fact]
    public void Calculate_BouncesAndOutOfOffice_CountsKnownAnswers()
    {
        var row = Assert.Single(CampaignMetricsCalculator.Calculate(History(), Meetings()));

        var c = row.Counts;
        Assert.Equal(new MetricsKey(CampaignA, null, null), row.Key);
        Assert.Equal(10, c.Sent);
        Assert.Equal(2, c.Bounced);
        Assert.True(c.DeliveredInferred);
        Assert.Equal(8, c.Delivered);
        Assert.Equal(2, c.Opened);
        Assert.Equal(1, c.Clicked);
        Assert.Equal(3, c.Replied);
        Assert.Equal(1, c.PositiveReplies);
        Assert.Equal(1, c.OutOfOfficeReplies);
        Assert.Equal(1, c.Unsubscribed);
        Assert.Equal(5, c.MeetingsProposed);
        Assert.Equal(3, c.MeetingsBooked);
        Assert.Equal(1, c.MeetingsHeld);
        Assert.Equal(1, c.MeetingsNoShow);
        Assert.Equal(1, c.MeetingsCancelled);
    }

    [Fact]
    public void Calculate_Rates_StateDenominators()
    {
        var row = Assert.Single(CampaignMetricsCalculator.Calculate(History(), Meetings()));

        Assert.Equal(new Rate(3, 8, "delivered"), row.ReplyRate);
        Assert.Equal(0.375, row.ReplyRate.Value);
        Assert.Equal(new Rate(1, 8, "delivered"), row.PositiveReplyRate);
        Assert.Equal(new Rate(2, 10, "sent"), row.BounceRate);
        Assert.Equal(new Rate(2, 8, "delivered"), row.OpenRate);
        Assert.True(row.OpenRateIsUnreliable);
        Assert.Equal(new Rate(3, 8, "delivered"), row.MeetingBookedRate);
        Assert.Equal(new Rate(1, 3, "booked"), row.ShowRate);
        Assert.Equal(new Rate(1, 3, "replied"), row.PositiveShareOfReplies);
    }

    [Fact]
    public void Calculate_DeliveryEventsPresent_UsesThemInsteadOfInferring()
    {
        EmailEvent[] events =
        [
            Event(EmailEventKind.Sent, 0), Event(EmailEventKind.Sent, 1), Event(EmailEventKind.Sent, 2),
            Event(EmailEventKind.Delivered, 0), Event(EmailEventKind.Delivered, 0),
            Event(EmailEventKind.Replied, 0),
        ];

        var c = Assert.Single(CampaignMetricsCalculator.Calculate(events, [])).Counts;

        Assert.False(c.DeliveredInferred);
        Assert.Equal(1, c.Delivered);
        Assert.Equal(1, c.Replied);
        Assert.Equal(0, c.PositiveReplies);
    }

    [Fact]
    public void Calculate_NothingDelivered_RatesAreNullNotNaN()
    {
        var row = Assert.Single(CampaignMetricsCalculator.Calculate([Event(EmailEventKind.Bounced, 0)], []));

        Assert.Equal(0, row.Counts.Delivered);
        Assert.Null(row.ReplyRate.Value);
        Assert.Null(row.OpenRate.Value);
        Assert.Null(row.DeliveryRate.Value);
        Assert.Null(row.ShowRate.Value);
    }

    [Fact]
    public void Calculate_VariantGrouping_SplitsByCampaignStepAndVariant()
    {
        EmailEvent[] events =
        [
            Event(EmailEventKind.Sent, 0, step: 1, variant: "A"),
            Event(EmailEventKind.Sent, 1, step: 1, variant: "B"),
            Event(EmailEventKind.Sent, 2, step: 2, variant: "A"),
            Event(EmailEventKind.Replied, 1, "interested_info", step: 1, variant: "B"),
            Event(EmailEventKind.Sent, 3, campaign: CampaignB, step: 1, variant: "A"),
        ];

        var rows = CampaignMetricsCalculator.Calculate(events, [Meeting(MeetingStatus.Scheduled)], MetricsGrouping.Variant);

        Assert.Equal(
            new MetricsKey[] { new(CampaignA, 1, "A"), new(CampaignA, 1, "B"), new(CampaignA, 2, "A"), new(CampaignB, 1, "A") },
            rows.Select(r => r.Key));
        Assert.Equal(1, rows[1].Counts.PositiveReplies);
        Assert.All(rows, r => Assert.Equal(0, r.Counts.MeetingsBooked));
    }

    [Fact]
    public void Calculate_StepGrouping_MergesVariants()
    {
        EmailEvent[] events = [Event(EmailEventKind.Sent, 0, variant: "A"), Event(EmailEventKind.Sent, 1, variant: "B")];

        var row = Assert.Single(CampaignMetricsCalculator.Calculate(events, [], MetricsGrouping.Step));

        Assert.Equal(new MetricsKey(CampaignA, 1, null), row.Key);
        Assert.Equal(2, row.Counts.Sent);
    }

    [Fact]
    public void Calculate_BounceEventAndBounceReplyForSameMessage_CountsOneBounce()
    {
        EmailEvent[] events = [Event(EmailEventKind.Sent, 0), Event(EmailEventKind.Bounced, 0), Event(EmailEventKind.Replied, 0, "BOUNCE")];

        var c = Assert.Single(CampaignMetricsCalculator.Calculate(events, [])).Counts;

        Assert.Equal(1, c.Bounced);
        Assert.Equal(0, c.Replied);
        Assert.Equal(0, c.Delivered);
    }

    [Fact]
    public void Calculate_EventsWithoutMessageId_CountEachEvent()
    {
        var first = Event(EmailEventKind.Clicked, 0);
        var second = Event(EmailEventKind.Clicked, 0);
        first.MessageId = null;
        second.MessageId = null;

        var c = Assert.Single(CampaignMetricsCalculator.Calculate([first, second], [])).Counts;

        Assert.Equal(2, c.Clicked);
    }

    [Fact]
    public void Calculate_UnknownGrouping_ThrowsNamingField()
    {
        var ex = Assert.Throws<AnalyticsValidationException>(() => CampaignMetricsCalculator.Calculate([], [], (MetricsGrouping)42));

        Assert.Equal("grouping", ex.Field);
        Assert.Equal("42", ex.Value);
    }

    [Fact]
    public void Summarize_AllCampaigns_AddsUp()
    {
        var events = History().Append(Event(EmailEventKind.Sent, 50, campaign: CampaignB));

        var total = CampaignMetricsCalculator.Summarize(events, Meetings());

        Assert.Equal(11, total.Counts.Sent);
        Assert.Equal(3, total.Counts.Replied);
        Assert.Equal(5, total.Counts.MeetingsProposed);
    }
}
