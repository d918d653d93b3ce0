using AutoMeet.Analytics;
using AutoMeet.Analytics.Engagement;
using AutoMeet.Meetings;
using AutoMeet.Messaging;
using AutoMeet.Replies;
using NodaTime;

namespace AutoMeet.Core.Tests.Analytics.Engagement;

public sealed class EngagementScorerTests
{
    private static readonly Instant Now = Instant.FromUtc(2026, 11, 20, 12, 0);

    private static ReplyDecision Decision(ReplyLabel label, Instant at, double sentiment = 0, int message = 1) => new()
    {
        Label = label,
        Sentiment = sentiment,
        DecidedAt = at,
        MessageId = AnalyticsFixtures.Message(message),
    };

    [Fact]
    public void Score_PositiveReplyNow_ThirtyPointsWithLine()
    {
        var score = EngagementScorer.Score([], [Decision(ReplyLabel.InterestedMeeting, Now)], [], Now);

        Assert.Equal(30, score.Score);
        Assert.Equal("+30 replied positively (interested_meeting) just now", Assert.Single(score.Lines).Text);
    }

    [Fact]
    public void Score_PositiveReplyOneHalfLifeAgo_HalfThePoints()
    {
        var score = EngagementScorer.Score([], [Decision(ReplyLabel.InterestedMeeting, Now - Duration.FromDays(14))], [], Now);

        Assert.Equal(15, score.Score);
        var line = Assert.Single(score.Lines);
        Assert.Equal(0.5, line.Decay, 10);
        Assert.Equal("+15 replied positively (interested_meeting) 14 days ago", line.Text);
    }

    [Fact]
    public void Score_CustomHalfLife_DecaysFaster()
    {
        var options = new EngagementScoringOptions { HalfLife = Duration.FromDays(2) };

        var score = EngagementScorer.Score([], [Decision(ReplyLabel.InterestedMeeting, Now - Duration.FromDays(2))], [], Now, options);

        Assert.Equal("+15 replied positively (interested_meeting) 2 days ago", Assert.Single(score.Lines).Text);
    }

    [Fact]
    public void Score_ManyOpens_CappedAtFiveLowWeight()
    {
        var opens = Enumerable.Range(1, 20).Select(i => AnalyticsFixtures.Event(EmailEventKind.Opened, i, at: Now)).ToList();

        var score = EngagementScorer.Score(opens, [], [], Now);

        Assert.Equal(5, score.Score);
        Assert.Equal(5, score.Lines.Count);
        Assert.All(score.Lines, l => Assert.Contains("unreliable", l.What, StringComparison.Ordinal));
    }

    [Fact]
    public void Score_ClickAndMeetingHeld_SumsAndOrdersLargestFirst()
    {
        var events = new[] { AnalyticsFixtures.Event(EmailEventKind.Clicked, 1, at: Now), AnalyticsFixtures.Event(EmailEventKind.Clicked, 1, at: Now) };
        var meetings = new[] { AnalyticsFixtures.Meeting(MeetingStatus.Completed, start: Now) };

        var score = EngagementScorer.Score(events, [], meetings, Now);

        Assert.Equal(58, score.Score);
        Assert.Equal(["+50 held a meeting just now", "+8 clicked a link just now"], score.Lines.Select(l => l.Text));
    }

    [Fact]
    public void Score_Unsubscribed_ClampsAtZeroAndExplainsNegativeLine()
    {
        var events = new[] { AnalyticsFixtures.Event(EmailEventKind.Clicked, 1, at: Now), AnalyticsFixtures.Event(EmailEventKind.Unsubscribed, 1, at: Now) };

        var score = EngagementScorer.Score(events, [], [], Now);

        Assert.Equal(0, score.Score);
        Assert.Equal(-32, score.RawScore, 10);
        Assert.Equal("-40 unsubscribed just now", score.Lines[0].Text);
    }

    [Fact]
    public void Score_ReplyEventWithoutDecision_UsesLabelFromDetail()
    {
        var events = new[] { AnalyticsFixtures.Event(EmailEventKind.Replied, 7, "not_interested", at: Now) };

        var score = EngagementScorer.Score(events, [], [], Now);

        Assert.Equal("-20 replied negatively (not_interested) just now", Assert.Single(score.Lines).Text);
    }

    [Fact]
    public void Score_ReplyEventWithDecision_CountedOnceFromDecision()
    {
        var events = new[] { AnalyticsFixtures.Event(EmailEventKind.Replied, 1, "question", at: Now) };

        var score = EngagementScorer.Score(events, [Decision(ReplyLabel.Question, Now, sentiment: 0.5)], [], Now);

        Assert.Equal(15, score.Score);
        Assert.Equal("+15 replied (question, sentiment +0.5) just now", Assert.Single(score.Lines).Text);
    }

    [Fact]
    public void Score_OutOfOfficeReply_EarnsNothing()
    {
        var score = EngagementScorer.Score([], [Decision(ReplyLabel.OutOfOffice, Now)], [], Now);

        Assert.Equal(0, score.Score);
        Assert.Empty(score.Lines);
    }

    [Fact]
    public void Score_NonPositiveHalfLife_ThrowsNamingHalfLife()
    {
        var error = Assert.Throws<AnalyticsValidationException>(() => EngagementScorer.Score([], [], [], Now, new EngagementScoringOptions { HalfLife = Duration.Zero }));
        Assert.Equal("halfLife", error.Field);
    }
}
