using AutoMeet.Approvals;
using AutoMeet.Meetings;
using AutoMeet.Prospects;
using AutoMeet.Replies;
using NodaTime;

namespace AutoMeet.Core.Tests.Meetings;

public sealed class ApprovalTimeoutTests
{
    /// <summary>Thursday morning: still bookable (past the minimum notice) after a day or two of waiting.</summary>
    private static readonly Interval ThursdayMorning = new(MeetingHost.BerlinTime(3, 5, 10), MeetingHost.BerlinTime(3, 5, 12));

    private static async Task<(MeetingHost Host, ReplyDecision Decision, Prospect Prospect)> AwaitingApprovalAsync(ApprovalTimeoutAction action)
    {
        var host = await MeetingHost.StartAsync(configure: o => o.ApprovalTimeoutAction = action);
        var (prospect, thread) = await host.ProspectAsync("dana@globex.example");
        var decision = await host.ReplyAsync(prospect, thread, 0.9, ThursdayMorning);
        await host.DrainAsync();
        return (host, decision, prospect);
    }

    [Fact]
    public async Task RunAsync_DeclineOnTimeout_ExpiresRequestAndReleasesTheSlot()
    {
        var (host, decision, prospect) = await AwaitingApprovalAsync(ApprovalTimeoutAction.Decline);
        await using var _ = host;
        var (approve, _) = host.LatestLinks();

        await host.RunTimeoutJobAsync();
        Assert.Equal(MeetingStatus.AwaitingApproval, (await host.MeetingForAsync(decision))!.Status); // not yet due

        host.Advance(Duration.FromHours(25));
        await host.RunTimeoutJobAsync();
        await host.DrainAsync();

        var meeting = (await host.MeetingForAsync(decision))!;
        Assert.Equal(MeetingStatus.Declined, meeting.Status);
        var request = Assert.Single(await host.ApprovalsForAsync(meeting.Id));
        Assert.Equal(ApprovalStatus.Expired, request.Status);
        Assert.Equal("timeout", request.DecidedBy);
        Assert.Empty(host.Calendar.ListEvents(host.Account.Id));
        Assert.Empty(host.SentTo(prospect.Email));
        Assert.Equal(ApprovalLinkOutcome.Expired, (await host.Approvals.DecideAsync(approve, ApprovalDecision.Approve, null)).Outcome);
    }

    [Fact]
    public async Task RunAsync_ApproveOnTimeout_BooksTheMeeting()
    {
        var (host, decision, prospect) = await AwaitingApprovalAsync(ApprovalTimeoutAction.Approve);
        await using var _ = host;

        host.Advance(Duration.FromHours(25));
        await host.RunTimeoutJobAsync();
        await host.DrainAsync();

        var meeting = (await host.MeetingForAsync(decision))!;
        Assert.Equal(MeetingStatus.Scheduled, meeting.Status);
        Assert.Equal("timeout", Assert.Single(await host.ApprovalsForAsync(meeting.Id)).DecidedBy);
        Assert.Single(host.Calendar.ListEvents(host.Account.Id));
        Assert.Single(host.SentTo(prospect.Email));
    }

    [Fact]
    public async Task RunAsync_RemindOnTimeout_SendsFreshLinksOnceThenDeclines()
    {
        var (host, decision, _) = await AwaitingApprovalAsync(ApprovalTimeoutAction.Remind);
        await using var _ = host;
        var (oldApprove, _) = host.LatestLinks();

        host.Advance(Duration.FromHours(25));
        await host.RunTimeoutJobAsync();
        await host.DrainAsync();

        var ownerMails = host.SentTo(host.Account.EmailAddress);
        Assert.Equal(2, ownerMails.Count);
        Assert.Contains("Reminder", ownerMails[1].Email.Subject, StringComparison.Ordinal);
        var (newApprove, _) = host.LatestLinks();
        Assert.NotEqual(oldApprove, newApprove);
        Assert.Equal(ApprovalLinkOutcome.Expired, (await host.Approvals.InspectAsync(oldApprove)).Outcome);
        Assert.Equal(ApprovalLinkOutcome.Pending, (await host.Approvals.InspectAsync(newApprove)).Outcome);
        Assert.Equal(MeetingStatus.AwaitingApproval, (await host.MeetingForAsync(decision))!.Status);

        host.Advance(Duration.FromHours(25));
        await host.RunTimeoutJobAsync();

        var meeting = (await host.MeetingForAsync(decision))!;
        Assert.Equal(MeetingStatus.Declined, meeting.Status);
        var request = Assert.Single(await host.ApprovalsForAsync(meeting.Id));
        Assert.Equal(["approval.requested", "approval.reminded", "approval.expired"], await host.AuditActionsAsync(nameof(ApprovalRequest), request.Id.ToString()));
    }
}
