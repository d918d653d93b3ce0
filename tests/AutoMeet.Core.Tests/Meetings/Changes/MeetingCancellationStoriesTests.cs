using AutoMeet.Approvals;
using AutoMeet.Calendars;
using AutoMeet.Campaigns;
using AutoMeet.Compliance;
using AutoMeet.Meetings;
using AutoMeet.Meetings.Changes;
using AutoMeet.Replies;
using AutoMeet.Sequences;

namespace AutoMeet.Core.Tests.Meetings.Changes;

/// <summary>Stories of meetings cancelled by reply, by the host, or in the calendar (deleted, declined), and of moves made in the calendar.</summary>
public sealed class MeetingCancellationStoriesTests
{
    [Fact]
    public async Task ReplyNeedToCancel_CancelsRemovesTheEventConfirmsInThreadAndKeepsTheEnrollmentStopped()
    {
        await using var host = await MeetingHost.StartAsync(ApprovalMode.Autonomous, threshold: 0.8);
        var (prospect, thread, booked) = await host.BookedAsync();
        var enrollment = await host.EnrollmentAsync(prospect);

        await host.ChangeReplyAsync(prospect, thread, ReplyLabel.Cancel, 0.9);
        await host.DrainAsync();

        var cancelled = await host.ReloadAsync(booked);
        Assert.Equal(MeetingStatus.Cancelled, cancelled.Status);
        Assert.True(Assert.Single(host.Calendar.ListEvents(host.Account.Id)).IsCancelled);
        var note = host.SentTo(prospect.Email)[^1].Email;
        Assert.Equal(2, host.SentTo(prospect.Email).Count);
        Assert.Equal(thread.ProviderThreadId, note.ProviderThreadId);
        Assert.Contains("I've cancelled our meeting on Tuesday 3 March 2026, 04:00–04:30 (America/New_York, EST)", note.TextBody, StringComparison.Ordinal);
        Assert.Empty(note.Attachments);
        var notification = Assert.Single(await host.NotificationsAsync(), n => n.Kind == "meeting.cancelled");
        Assert.Contains("Dana Scully (Globex)", notification.Body, StringComparison.Ordinal);
        Assert.Equal(EnrollmentStatus.Stopped, (await host.ReloadAsync(enrollment)).Status);
        var audit = await host.InStoreAsync(s => s.AuditLog.ListForEntityAsync(nameof(Meeting), booked.Id.ToString()));
        var entry = Assert.Single(audit, e => e.Action == "meeting.cancelled");
        Assert.Equal(ActorKind.Prospect, entry.ActorKind);
        Assert.Single(audit, e => e.Action == "meeting.event-cancelled");

        // The calendar reports the cancellation back; a repeated reply changes nothing either.
        await host.SyncCalendarAsync();
        await host.ChangeReplyAsync(prospect, thread, ReplyLabel.Cancel, 0.9);
        await host.DrainAsync();
        Assert.Equal(2, host.SentTo(prospect.Email).Count);
        Assert.Equal(audit.Count, (await host.InStoreAsync(s => s.AuditLog.ListForEntityAsync(nameof(Meeting), booked.Id.ToString()))).Count);
    }

    [Fact]
    public async Task ReplyNeedToCancel_ResumeConfigured_ResumesTheSequence()
    {
        await using var host = await MeetingHost.StartAsync(ApprovalMode.Autonomous, 0.8, o => o.EnrollmentAfterCancellation = EnrollmentAfterCancellation.Resume);
        var (prospect, thread, _) = await host.BookedAsync();
        var enrollment = await host.EnrollmentAsync(prospect);

        await host.ChangeReplyAsync(prospect, thread, ReplyLabel.Cancel, 0.9);
        await host.DrainAsync();

        var resumed = await host.ReloadAsync(enrollment);
        Assert.Equal(EnrollmentStatus.Active, resumed.Status);
        Assert.Equal(StopReason.None, resumed.StopReason);
        Assert.Equal(host.Now, resumed.NextStepDueAt);
        Assert.Contains("enrollment.resumed", await host.AuditActionsAsync(nameof(Enrollment), enrollment.Id.ToString()));
    }

    [Fact]
    public async Task CancelAsync_ResumeConfiguredButProspectUnsubscribed_LeavesTheEnrollmentStopped()
    {
        await using var host = await MeetingHost.StartAsync(ApprovalMode.Autonomous, 0.8, o => o.EnrollmentAfterCancellation = EnrollmentAfterCancellation.Resume);
        var (prospect, _, booked) = await host.BookedAsync();
        var enrollment = await host.EnrollmentAsync(prospect, EnrollmentStatus.Stopped, StopReason.Unsubscribed);

        var result = await host.Changes().CancelAsync(booked.Id, MeetingChangeActor.Owner, "owner cancelled in the CRM");

        Assert.Equal(MeetingChangeOutcome.Cancelled, result.Outcome);
        Assert.Equal(StopReason.Unsubscribed, (await host.ReloadAsync(enrollment)).StopReason);
    }

    [Fact]
    public async Task CancelAsync_ByOwnerTwice_AnnouncesOnceAndTheSecondCallChangesNothing()
    {
        await using var host = await MeetingHost.StartAsync(ApprovalMode.Autonomous, threshold: 0.8);
        var (prospect, _, booked) = await host.BookedAsync();

        var first = await host.Changes().CancelAsync(booked.Id, MeetingChangeActor.Owner, "owner cancelled in the CRM");
        var second = await host.Changes().CancelAsync(booked.Id, MeetingChangeActor.Owner, "owner cancelled in the CRM");
        await host.DrainAsync();

        Assert.Equal(MeetingChangeOutcome.Cancelled, first.Outcome);
        Assert.Equal(MeetingChangeOutcome.Unchanged, second.Outcome);
        Assert.Equal(MeetingStatus.Cancelled, second.Status);
        Assert.True(Assert.Single(host.Calendar.ListEvents(host.Account.Id)).IsCancelled);
        Assert.Contains("I have to cancel our meeting", host.SentTo(prospect.Email)[^1].Email.TextBody, StringComparison.Ordinal);
        Assert.Equal(2, host.SentTo(prospect.Email).Count);
        Assert.Single(await host.AuditActionsAsync(nameof(Meeting), booked.Id.ToString()), a => a == "meeting.cancelled");
        Assert.Equal(MeetingChangeOutcome.NotFound, (await host.Changes().CancelAsync(Id<Meeting>.New(), MeetingChangeActor.Owner, "x")).Outcome);
        await Assert.ThrowsAsync<ArgumentException>(() => host.Changes().CancelAsync(booked.Id, MeetingChangeActor.Owner, " "));
    }

    [Fact]
    public async Task EventDeletedByHandInTheCalendar_SyncRunTwice_CancelsOnceWithoutDeletingAgain()
    {
        await using var host = await MeetingHost.StartAsync(ApprovalMode.Autonomous, threshold: 0.8);
        var (prospect, _, booked) = await host.BookedAsync();
        await host.Calendar.CancelEventAsync(host.Account.Id, booked.CalendarEventId!); // the owner deletes it in Google Calendar

        await host.SyncCalendarAsync();
        await host.SyncCalendarAsync();
        await host.DrainAsync();

        Assert.Equal(MeetingStatus.Cancelled, (await host.ReloadAsync(booked)).Status);
        var audit = await host.AuditActionsAsync(nameof(Meeting), booked.Id.ToString());
        Assert.Single(audit, a => a == "meeting.cancelled");
        Assert.DoesNotContain("meeting.event-cancelled", audit);
        Assert.Single(await host.NotificationsAsync(), n => n.Kind == "meeting.cancelled");
        Assert.Single(host.SentTo(prospect.Email)); // the calendar told the guest; no note of ours
    }

    [Fact]
    public async Task EventMovedByHandInTheCalendar_SyncRunTwice_MeetingFollowsAndProspectGetsOneUpdate()
    {
        await using var host = await MeetingHost.StartAsync(ApprovalMode.Autonomous, threshold: 0.8);
        var (prospect, _, booked) = await host.BookedAsync();
        var wednesday = MeetingHost.BerlinTime(3, 4, 11);
        await host.Calendar.UpdateEventAsync(host.Account.Id, booked.CalendarEventId!, new CalendarEventRequest
        {
            Title = booked.Title, Start = wednesday, End = wednesday + (booked.End - booked.Start), TimeZoneId = "Europe/Berlin", IdempotencyKey = "by-hand",
        });

        await host.SyncCalendarAsync();
        await host.SyncCalendarAsync();
        await host.DrainAsync();

        var moved = await host.ReloadAsync(booked);
        Assert.Equal(MeetingStatus.Scheduled, moved.Status);
        Assert.Equal(wednesday, moved.Start);
        Assert.Equal(wednesday, Assert.Single(host.Calendar.ListEvents(host.Account.Id)).Start); // not patched back
        var mails = host.SentTo(prospect.Email);
        Assert.Equal(2, mails.Count);
        Assert.Contains("Our meeting has moved to Wednesday 4 March 2026, 05:00–05:30 (America/New_York, EST)", mails[1].Email.TextBody, StringComparison.Ordinal);
        Assert.Equal("1", ChangeHost.IcsValue(ChangeHost.IcsText(mails[1].Email), "SEQUENCE"));
        Assert.Single(await host.AuditActionsAsync(nameof(Meeting), booked.Id.ToString()), a => a == "meeting.moved-in-calendar");
    }

    [Fact]
    public async Task ProspectDeclinesTheInvitation_SyncRunTwice_CancelsOnceAndTellsTheOwner()
    {
        await using var host = await MeetingHost.StartAsync(ApprovalMode.Autonomous, threshold: 0.8);
        var (prospect, _, booked) = await host.BookedAsync();
        host.Calendar.RespondToEvent(host.Account.Id, booked.CalendarEventId!, prospect.Email.ToUpperInvariant(), AttendeeResponse.Declined);

        await host.SyncCalendarAsync();
        await host.SyncCalendarAsync();
        await host.DrainAsync();

        Assert.Equal(MeetingStatus.Cancelled, (await host.ReloadAsync(booked)).Status);
        Assert.Single(await host.AuditActionsAsync(nameof(Meeting), booked.Id.ToString()), a => a == "meeting.cancelled");
        var notification = Assert.Single(await host.NotificationsAsync(), n => n.Kind == "meeting.cancelled");
        Assert.Contains("declined the calendar invitation", notification.Body, StringComparison.Ordinal);
        Assert.False(Assert.Single(host.Calendar.ListEvents(host.Account.Id)).IsCancelled); // left for the owner
        Assert.Single(host.SentTo(prospect.Email));
    }

    [Fact]
    public async Task OtherGuestsAnswers_DoNotCancelTheMeeting()
    {
        await using var host = await MeetingHost.StartAsync(ApprovalMode.Autonomous, threshold: 0.8);
        var (prospect, _, booked) = await host.BookedAsync();
        host.Calendar.RespondToEvent(host.Account.Id, booked.CalendarEventId!, "colleague@globex.example", AttendeeResponse.Declined);
        host.Calendar.RespondToEvent(host.Account.Id, booked.CalendarEventId!, prospect.Email, AttendeeResponse.Accepted);

        await host.SyncCalendarAsync();

        Assert.Equal(MeetingStatus.Scheduled, (await host.ReloadAsync(booked)).Status);
        Assert.Contains(host.Calendar.ListAttendees(booked.CalendarEventId!), a => a.Response == AttendeeResponse.Accepted);
    }

    [Fact]
    public async Task ApprovalLinkForAMeetingCancelledMeanwhile_ShowsItWasHandledAndBooksNothing()
    {
        await using var host = await MeetingHost.StartAsync();
        var (prospect, thread) = await host.ProspectAsync("dana@globex.example");
        var decision = await host.ReplyAsync(prospect, thread, 0.9, ChangeHost.TuesdayMorning);
        await host.DrainAsync();
        var (approve, _) = host.LatestLinks();

        await host.ChangeReplyAsync(prospect, thread, ReplyLabel.Cancel, 0.9);
        await host.DrainAsync();
        var page = await host.Approvals.InspectAsync(approve);
        var click = await host.Approvals.DecideAsync(approve, ApprovalDecision.Approve, null);
        await host.DrainAsync();
        await host.RunTimeoutJobAsync();

        Assert.Equal(ApprovalLinkOutcome.AlreadyHandled, page.Outcome);
        Assert.Equal(ApprovalLinkOutcome.AlreadyHandled, click.Outcome);
        Assert.Equal(ApprovalStatus.Expired, click.RequestStatus);
        Assert.Null(click.Booking);
        var meeting = (await host.MeetingForAsync(decision))!;
        Assert.Equal(MeetingStatus.Cancelled, meeting.Status);
        Assert.Null(meeting.HoldExpiresAt);
        Assert.Empty(host.Calendar.ListEvents(host.Account.Id));
        Assert.Contains("I've cancelled our meeting", Assert.Single(host.SentTo(prospect.Email)).Email.TextBody, StringComparison.Ordinal);
        var request = Assert.Single(await host.ApprovalsForAsync(meeting.Id));
        Assert.Equal("meeting cancelled", request.DecisionSource);
    }

    [Fact]
    public async Task ReplyAskingToMoveAProposal_IsHandedToTheSchedulerAsANewProposal()
    {
        await using var host = await MeetingHost.StartAsync();
        var (prospect, thread) = await host.ProspectAsync("dana@globex.example");
        var first = await host.ReplyAsync(prospect, thread);
        await host.DrainAsync();

        var move = await host.ChangeReplyAsync(prospect, thread, ReplyLabel.Reschedule, 0.9, ChangeHost.ThursdayAtThree);
        await host.DrainAsync();

        Assert.Equal(MeetingStatus.Declined, (await host.MeetingForAsync(first))!.Status);
        var chosen = (await host.MeetingForAsync(move))!;
        Assert.Equal(MeetingStatus.AwaitingApproval, chosen.Status);
        Assert.Equal(ChangeHost.ThursdayAtThree.Start, chosen.Start);
        Assert.Empty(host.Calendar.ListEvents(host.Account.Id));
    }
}
