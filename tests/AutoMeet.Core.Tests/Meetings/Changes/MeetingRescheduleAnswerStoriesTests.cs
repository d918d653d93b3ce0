using AutoMeet.Approvals;
using AutoMeet.Campaigns;
using AutoMeet.Meetings;
using AutoMeet.Replies;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace AutoMeet.Core.Tests.Meetings.Changes;

/// <summary>
/// Stories of a prospect answering, with a reply read as "interested" ("Thursday 3pm works"), after asking to move
/// their booked meeting: the answer moves the meeting (through the same approval and autonomous rules as a reschedule)
/// instead of being told a meeting is in progress.
/// </summary>
public sealed class MeetingRescheduleAnswerStoriesTests
{
    private static readonly Interval Saturday = new(MeetingHost.BerlinTime(3, 7, 10), MeetingHost.BerlinTime(3, 7, 12));
    private static readonly Interval Sunday = new(MeetingHost.BerlinTime(3, 8, 10), MeetingHost.BerlinTime(3, 8, 12));

    [Fact]
    public async Task InterestedReplyPickingAnOfferedTime_Autonomous_MovesTheMeeting()
    {
        await using var host = await MeetingHost.StartAsync(ApprovalMode.Autonomous, threshold: 0.8);
        var (prospect, thread, booked) = await host.BookedAsync();
        await host.ChangeReplyAsync(prospect, thread, ReplyLabel.Reschedule, 0.95, Saturday);
        await host.DrainAsync();
        Assert.Contains("doesn't work on my side", host.SentTo(prospect.Email)[^1].Email.TextBody, StringComparison.Ordinal);
        var original = Assert.Single(host.Calendar.ListEvents(host.Account.Id));

        await host.InterestedReplyAsync(prospect, thread, "Thursday 3pm works for me.", 0.9, ChangeHost.ThursdayAtThree);
        await host.DrainAsync();

        var moved = await host.ReloadAsync(booked);
        Assert.Equal(MeetingStatus.Scheduled, moved.Status);
        Assert.Equal(ChangeHost.ThursdayAtThree.Start, moved.Start);
        var calendarEvent = Assert.Single(host.Calendar.ListEvents(host.Account.Id));
        Assert.Equal(original.EventId, calendarEvent.EventId);
        Assert.Equal(ChangeHost.ThursdayAtThree.Start, calendarEvent.Start);
        var mails = host.SentTo(prospect.Email);
        Assert.Equal(3, mails.Count);
        Assert.Contains("Our meeting has moved to", mails[^1].Email.TextBody, StringComparison.Ordinal);
        Assert.Single(await host.InStoreAsync(s => s.Meetings.ListByProspectAsync(prospect.Id))); // no second meeting
    }

    [Fact]
    public async Task InterestedReplyPickingAnOfferedTime_ApprovalMode_AsksTheOwnerToApproveTheMove()
    {
        await using var host = await MeetingHost.StartAsync();
        var (prospect, thread, booked) = await host.BookedAsync();
        await host.ChangeReplyAsync(prospect, thread, ReplyLabel.Reschedule, 0.95, Saturday);
        await host.DrainAsync();

        await host.InterestedReplyAsync(prospect, thread, "Thursday 3pm works.", 0.95, ChangeHost.ThursdayAtThree);
        await host.DrainAsync();

        Assert.Equal(booked.Start, (await host.ReloadAsync(booked)).Start); // nothing moves before the owner decides
        var request = (await host.ApprovalsForAsync(booked.Id)).Single(a => a.Status == ApprovalStatus.Pending);
        Assert.Equal(ChangeHost.ThursdayAtThree.Start, request.SuggestedStart);
        Assert.Contains("asks to move your meeting", host.SentTo(host.Account.EmailAddress)[^1].Email.TextBody, StringComparison.Ordinal);

        var (approve, _) = host.LatestLinks();
        await host.Approvals.DecideAsync(approve, ApprovalDecision.Approve, null);
        await host.DrainAsync();

        Assert.Equal(ChangeHost.ThursdayAtThree.Start, (await host.ReloadAsync(booked)).Start);
        Assert.Equal(ChangeHost.ThursdayAtThree.Start, Assert.Single(host.Calendar.ListEvents(host.Account.Id)).Start);
    }

    [Fact]
    public async Task InterestedReplyAfterAnOffer_NothingIntersects_OffersAlternativesAgainAndKeepsTheMeeting()
    {
        await using var host = await MeetingHost.StartAsync(ApprovalMode.Autonomous, threshold: 0.8);
        var (prospect, thread, booked) = await host.BookedAsync();
        await host.ChangeReplyAsync(prospect, thread, ReplyLabel.Reschedule, 0.95, Saturday);
        await host.DrainAsync();
        Assert.Equal(2, host.SentTo(prospect.Email).Count);

        await host.InterestedReplyAsync(prospect, thread, "Sunday morning works.", 0.95, Sunday);
        await host.DrainAsync();
        await host.DrainAsync();

        Assert.Equal(booked.Start, (await host.ReloadAsync(booked)).Start);
        var mails = host.SentTo(prospect.Email);
        Assert.Equal(3, mails.Count);
        Assert.Contains("doesn't work on my side", mails[^1].Email.TextBody, StringComparison.Ordinal);
        Assert.NotEqual(mails[^2].Email.RfcMessageId, mails[^1].Email.RfcMessageId);
        Assert.DoesNotContain(await host.ApprovalsForAsync(booked.Id), a => a.SuggestedStart is not null);
    }

    [Fact]
    public async Task InterestedReplyWithTimesAndWordsOfMoving_NoOffer_MovesTheMeeting()
    {
        await using var host = await MeetingHost.StartAsync(ApprovalMode.Autonomous, threshold: 0.8);
        var (prospect, thread, booked) = await host.BookedAsync();

        await host.InterestedReplyAsync(prospect, thread, "Something came up on Tuesday. Could we do Thursday at 3 instead?\n\n> On Mon, Alex wrote:\n> We're confirmed", 0.9, ChangeHost.ThursdayAtThree);
        await host.DrainAsync();

        Assert.Equal(ChangeHost.ThursdayAtThree.Start, (await host.ReloadAsync(booked)).Start);
        Assert.Equal(2, host.SentTo(prospect.Email).Count);
    }

    [Fact]
    public async Task InterestedReplyWithTimes_NoOfferAndNoWordsOfMoving_LeavesTheBookedMeetingAlone()
    {
        await using var host = await MeetingHost.StartAsync(ApprovalMode.Autonomous, threshold: 0.8);
        var (prospect, thread, booked) = await host.BookedAsync();

        await host.InterestedReplyAsync(prospect, thread, "Great, Thursday at 3 works too.\n\n> On Mon, Alex wrote:\n> reply with the one you prefer and I'll move the invitation", 0.9, ChangeHost.ThursdayAtThree);
        await host.DrainAsync();

        Assert.Equal(booked.Start, (await host.ReloadAsync(booked)).Start);
        Assert.Single(host.SentTo(prospect.Email));
        Assert.Single(await host.InStoreAsync(s => s.Meetings.ListByProspectAsync(prospect.Id)));
    }

    [Fact]
    public async Task InterestedReplyPickingAnOfferedTime_HandledTwice_MovesOnceAndSendsOneUpdate()
    {
        await using var host = await MeetingHost.StartAsync(ApprovalMode.Autonomous, threshold: 0.8);
        var (prospect, thread, booked) = await host.BookedAsync();
        await host.ChangeReplyAsync(prospect, thread, ReplyLabel.Reschedule, 0.95, Saturday);
        await host.DrainAsync();
        var decision = await host.InterestedReplyAsync(prospect, thread, "Thursday 3pm works.", 0.9, ChangeHost.ThursdayAtThree);
        await host.DrainAsync();
        var request = new AutoMeet.Replies.Pipeline.MeetingProposalRequest(decision.Id.Value, decision.MessageId.Value, thread.Id.Value, prospect.Id.Value, host.Campaign.Id.Value, null);

        var again = await host.Services.GetRequiredService<AutoMeet.Meetings.Changes.MeetingReplyChanges>().TryMoveAsync(request, CancellationToken.None);
        await host.DrainAsync();

        Assert.Null(again); // nothing outstanding any more: the scheduler would answer "in progress"
        Assert.Equal(ChangeHost.ThursdayAtThree.Start, (await host.ReloadAsync(booked)).Start);
        Assert.Equal(3, host.SentTo(prospect.Email).Count);
    }
}
