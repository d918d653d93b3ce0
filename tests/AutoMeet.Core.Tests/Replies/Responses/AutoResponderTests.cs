using AutoMeet.Campaigns;
using AutoMeet.Replies;
using AutoMeet.Replies.Responses;
using AutoMeet.Sending;
using AutoMeet.Sequences;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace AutoMeet.Core.Tests.Replies.Responses;

/// <summary>The follow-up auto-responder end to end: out-of-office resumes after the return date, a timing objection snoozes to the stated period.</summary>
public sealed class AutoResponderTests
{
    [Fact]
    public async Task OutOfOffice_SequenceResumesOnlyAfterTheReturnDate()
    {
        await using var host = await DraftHost.StartAsync();
        await host.Pipeline.InStoreAsync(s => s.CampaignSchedules.AddAsync(new CampaignSchedule
        {
            CampaignId = host.Pipeline.Campaign.Id, Days = SendingDays.All, WindowStart = new LocalTime(0, 0), WindowEnd = new LocalTime(23, 59),
        }));
        var ada = await host.Pipeline.EnrollAsync("ada@analytical.example");
        host.Pipeline.Reply(ada, "I am out of the office until 10 March 2026 with limited access to email.", new Dictionary<string, string> { ["Auto-Submitted"] = "auto-replied" });

        await host.ProcessAndDrainAsync();
        var snoozed = await host.Pipeline.EnrollmentAsync(ada.Enrollment.Id);
        var returnAt = Instant.FromUtc(2026, 3, 11, 0, 0);
        await PlanAsync(host);

        Assert.Equal(EnrollmentStatus.Snoozed, snoozed.Status);
        Assert.Equal(returnAt, snoozed.SnoozedUntil);
        Assert.Empty(await host.DraftsAsync(ada)); // an auto-reply gets no answer
        Assert.DoesNotContain(await host.Pipeline.OutboxAsync(ada.Enrollment.Id), r => r.Status == OutboxStatus.Pending && r.DueAt < returnAt);

        host.Pipeline.Time.Advance(TimeSpan.FromDays(9));
        await PlanAsync(host);

        var resumed = await host.Pipeline.EnrollmentAsync(ada.Enrollment.Id);
        Assert.Equal(EnrollmentStatus.Active, resumed.Status);
        Assert.Null(resumed.SnoozedUntil);
        var next = Assert.Single(await host.Pipeline.OutboxAsync(ada.Enrollment.Id), r => r.Status == OutboxStatus.Pending);
        Assert.Equal(1, next.StepPosition);
        Assert.True(next.DueAt >= returnAt);
    }

    [Fact]
    public async Task TimingObjectionWithPeriod_SnoozesToThenAndDraftsAPoliteLater()
    {
        await using var host = await DraftHost.StartAsync();
        var ada = await host.Pipeline.EnrollAsync("ada@analytical.example");
        host.Pipeline.Reply(ada, "Not a priority right now. Ask me again in Q3.");

        await host.ProcessAndDrainAsync();

        var enrollment = await host.Pipeline.EnrollmentAsync(ada.Enrollment.Id);
        Assert.Equal(EnrollmentStatus.Snoozed, enrollment.Status);
        Assert.Equal(Instant.FromUtc(2026, 7, 1, 0, 0), enrollment.SnoozedUntil);
        var draft = Assert.Single(await host.DraftsAsync(ada));
        Assert.Equal(ReplyDraftSituation.ObjectionTiming, draft.Situation);
        Assert.Equal(ReplyDraftStatus.Pending, draft.Status);
    }

    [Fact]
    public async Task Referral_ProcessedTwice_StillAddsNobodyUntilApproved()
    {
        await using var host = await DraftHost.StartAsync();
        var ada = await host.Pipeline.EnrollAsync("ada@analytical.example");
        var reply = host.Pipeline.Reply(ada, "Wrong person, sorry. Try jane.doe@analytical.example instead.");

        await host.ProcessAndDrainAsync();
        host.Mailbox.Deliver(host.Pipeline.Account.Id, reply);
        await host.ProcessAndDrainAsync();

        var decision = Assert.Single(await host.Pipeline.DecisionsAsync(ada));
        Assert.Equal(ReplyLabel.Referral, decision.Label);
        Assert.Single(await host.DraftsAsync(ada));
        Assert.Null(await host.Pipeline.InStoreAsync(s => s.Prospects.FindByEmailAsync(host.Pipeline.Owner, "jane.doe@analytical.example")));
    }

    private static Task<SchedulingReport> PlanAsync(DraftHost host) =>
        host.Pipeline.InStoreAsync(s => host.Pipeline.Services.GetRequiredService<ISequenceScheduler>().PlanDueAsync(s));
}
