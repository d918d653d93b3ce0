using AutoMeet.Accounts;
using AutoMeet.Campaigns;
using AutoMeet.Sequences;
using NodaTime;
using static AutoMeet.Core.Tests.Sequences.PlannerFixtures;

namespace AutoMeet.Core.Tests.Campaigns;

public sealed class CampaignLifecycleTests
{
    private static readonly Instant Now = Instant.FromUtc(2026, 3, 6, 10, 0);

    private static readonly (CampaignStatus From, CampaignStatus To)[] Edges =
    [
        (CampaignStatus.Draft, CampaignStatus.Scheduled),
        (CampaignStatus.Scheduled, CampaignStatus.Draft),
        (CampaignStatus.Scheduled, CampaignStatus.Active),
        (CampaignStatus.Active, CampaignStatus.Paused),
        (CampaignStatus.Paused, CampaignStatus.Active),
        (CampaignStatus.Active, CampaignStatus.Completed),
        (CampaignStatus.Paused, CampaignStatus.Completed),
        (CampaignStatus.Draft, CampaignStatus.Cancelled),
        (CampaignStatus.Scheduled, CampaignStatus.Cancelled),
        (CampaignStatus.Active, CampaignStatus.Cancelled),
        (CampaignStatus.Paused, CampaignStatus.Cancelled),
        (CampaignStatus.Draft, CampaignStatus.Archived),
        (CampaignStatus.Completed, CampaignStatus.Archived),
        (CampaignStatus.Cancelled, CampaignStatus.Archived),
    ];

    public static TheoryData<CampaignStatus, CampaignStatus> AllPairs()
    {
        var data = new TheoryData<CampaignStatus, CampaignStatus>();
        foreach (var from in Enum.GetValues<CampaignStatus>())
        {
            foreach (var to in Enum.GetValues<CampaignStatus>())
            {
                data.Add(from, to);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(AllPairs))]
    public void Check_EveryPairOfStatuses_AllowsExactlyTheLifecycleEdges(CampaignStatus from, CampaignStatus to)
    {
        var (campaign, context) = Ready(from);
        var legal = Edges.Contains((from, to));

        var transition = CampaignLifecycle.Check(campaign, to, context);

        Assert.Equal(legal, CampaignLifecycle.IsEdge(from, to));
        Assert.Equal(legal, transition.Succeeded);
        Assert.Equal(from, transition.From);
        Assert.Equal(to, transition.To);
        if (!legal)
        {
            var ex = Assert.Throws<InvalidCampaignTransitionException>(() => CampaignLifecycle.Transition(campaign, to, context));
            Assert.Equal(from, ex.From);
            Assert.Equal(to, ex.To);
            Assert.Contains(from.ToString(), ex.Message, StringComparison.Ordinal);
            Assert.Equal(from, campaign.Status);
        }
        else
        {
            CampaignLifecycle.Transition(campaign, to, context);
            Assert.Equal(to, campaign.Status);
        }
    }

    [Fact]
    public void Transition_FirstActivation_SetsStartedAtOnceAndKeepsItOnResume()
    {
        var (campaign, context) = Ready(CampaignStatus.Scheduled);

        CampaignLifecycle.Transition(campaign, CampaignStatus.Active, context);
        CampaignLifecycle.Transition(campaign, CampaignStatus.Paused, context with { Now = Now + Duration.FromDays(1) });
        CampaignLifecycle.Transition(campaign, CampaignStatus.Active, context with { Now = Now + Duration.FromDays(2) });
        CampaignLifecycle.Transition(campaign, CampaignStatus.Completed, context with { Now = Now + Duration.FromDays(3) });

        Assert.Equal(Now, campaign.StartedAt);
        Assert.Equal(Now + Duration.FromDays(3), campaign.EndedAt);
    }

    [Fact]
    public void Check_ActivatingBeforeTheScheduledStart_IsRefusedNamingTheStart()
    {
        var (campaign, context) = Ready(CampaignStatus.Scheduled);
        context.Schedule!.StartAt = Now + Duration.FromHours(1);

        var transition = CampaignLifecycle.Check(campaign, CampaignStatus.Active, context);

        Assert.False(transition.Succeeded);
        Assert.Contains("in the future", transition.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_SchedulingWithoutSequence_IsRefused()
    {
        var (campaign, context) = Ready(CampaignStatus.Draft);

        var transition = CampaignLifecycle.Check(campaign, CampaignStatus.Scheduled, context with { Sequence = null });

        Assert.Equal("the campaign has no sequence.", transition.Error);
    }

    [Fact]
    public void Check_SchedulingASequenceWithoutEmailStep_IsRefused()
    {
        var (campaign, context) = Ready(CampaignStatus.Draft);
        context.Sequence!.Steps.Clear();
        context.Sequence.Steps.Add(Step(0, SequenceStepKind.Wait, 1, DelayUnit.Hours));

        Assert.Contains("no e-mail step", CampaignLifecycle.Check(campaign, CampaignStatus.Scheduled, context).Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_SchedulingANegativeDelay_IsRefused()
    {
        var (campaign, context) = Ready(CampaignStatus.Draft);
        context.Sequence!.Steps.Add(Email(1, -1));

        Assert.Contains("negative delay", CampaignLifecycle.Check(campaign, CampaignStatus.Scheduled, context).Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_SchedulingWithNoMailboxAndNothingToRotate_IsRefused()
    {
        var (campaign, context) = Ready(CampaignStatus.Draft);
        campaign.MailboxAccountId = null;

        Assert.Contains("no mailbox", CampaignLifecycle.Check(campaign, CampaignStatus.Scheduled, context with { OwnerMailboxCount = 0 }).Error, StringComparison.Ordinal);
        Assert.True(CampaignLifecycle.Check(campaign, CampaignStatus.Scheduled, context with { OwnerMailboxCount = 2 }).Succeeded);
    }

    [Theory]
    [InlineData(SendingDays.None, 9, 17)]
    [InlineData(SendingDays.Weekdays, 18, 9)]
    public void Check_SchedulingAWindowThatNeverOpens_IsRefused(SendingDays days, int start, int end)
    {
        var (campaign, context) = Ready(CampaignStatus.Draft);
        context.Schedule!.Days = days;
        context.Schedule.WindowStart = new LocalTime(start, 0);
        context.Schedule.WindowEnd = new LocalTime(end, 0);

        Assert.False(CampaignLifecycle.Check(campaign, CampaignStatus.Scheduled, context).Succeeded);
    }

    [Fact]
    public void Check_SchedulingWithoutScheduleOrWithAnUnknownZoneOrEndedSchedule_IsRefused()
    {
        var (campaign, context) = Ready(CampaignStatus.Draft);

        Assert.Equal("the campaign has no schedule.", CampaignLifecycle.Check(campaign, CampaignStatus.Scheduled, context with { Schedule = null }).Error);
        context.Schedule!.TimeZoneId = "Mars/Olympus";
        Assert.Contains("'Mars/Olympus'", CampaignLifecycle.Check(campaign, CampaignStatus.Scheduled, context).Error, StringComparison.Ordinal);
        context.Schedule.TimeZoneId = "Europe/Berlin";
        context.Schedule.EndAt = Now - Duration.FromHours(1);
        Assert.Contains("ends at", CampaignLifecycle.Check(campaign, CampaignStatus.Scheduled, context).Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_ResumingAfterTheScheduleEnded_IsRefused()
    {
        var (campaign, context) = Ready(CampaignStatus.Paused);
        context.Schedule!.EndAt = Now;

        Assert.Contains("ended", CampaignLifecycle.Check(campaign, CampaignStatus.Active, context).Error, StringComparison.Ordinal);
    }

    [Fact]
    public void ApplyTo_CampaignMovedOnSinceTheCheck_Throws()
    {
        var (campaign, context) = Ready(CampaignStatus.Active);
        var transition = CampaignLifecycle.Check(campaign, CampaignStatus.Paused, context);
        campaign.Status = CampaignStatus.Cancelled;

        var ex = Assert.Throws<InvalidCampaignTransitionException>(() => transition.ApplyTo(campaign));

        Assert.Equal(CampaignStatus.Cancelled, ex.From);
    }

    private static (Campaign Campaign, CampaignTransitionContext Context) Ready(CampaignStatus status)
    {
        var sequence = Sequence(Email(0), Email(1, 2));
        var campaign = new Campaign
        {
            Name = "Spring",
            Status = status,
            SequenceId = sequence.Id,
            MailboxAccountId = Id<MailboxAccount>.New(),
        };
        var schedule = Schedule("Europe/Berlin");
        schedule.CampaignId = campaign.Id;
        schedule.StartAt = Now;
        return (campaign, new CampaignTransitionContext(schedule, sequence, 1, Now));
    }
}
