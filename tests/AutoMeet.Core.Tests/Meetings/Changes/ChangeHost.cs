using System.Text;
using AutoMeet.Calendars;
using AutoMeet.Meetings;
using AutoMeet.Meetings.Changes;
using AutoMeet.Messaging;
using AutoMeet.Notifications;
using AutoMeet.Prospects;
using AutoMeet.Replies;
using AutoMeet.Replies.Pipeline;
using AutoMeet.Sandbox;
using AutoMeet.Sequences;
using AutoMeet.Storage;
using AutoMeet.Work;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace AutoMeet.Core.Tests.Meetings.Changes;

/// <summary>What the change stories add to <see cref="MeetingHost"/>: replies asking to move or cancel, calendar syncs, .ics reading.</summary>
internal static class ChangeHost
{
    /// <summary>Tuesday 3 March 2026, 10:00–12:00 in Berlin.</summary>
    public static readonly Interval TuesdayMorning = new(MeetingHost.BerlinTime(3, 3, 10), MeetingHost.BerlinTime(3, 3, 12));

    /// <summary>"Thursday at 3": Thursday 5 March 2026, 15:00–15:30 in Berlin.</summary>
    public static readonly Interval ThursdayAtThree = new(MeetingHost.BerlinTime(3, 5, 15), MeetingHost.BerlinTime(3, 5, 15, 30));

    /// <summary>A prospect whose meeting on Tuesday 10:00 (Berlin) is booked, with its event and confirmation; the calendar synced once.</summary>
    public static async Task<(Prospect Prospect, EmailThread Thread, Meeting Meeting)> BookedAsync(this MeetingHost host, string email = "dana@globex.example")
    {
        var (prospect, thread) = await host.ProspectAsync(email);
        var decision = await host.ReplyAsync(prospect, thread, 0.95, TuesdayMorning);
        await host.DrainAsync();
        var meeting = (await host.MeetingForAsync(decision))!;
        if (meeting.Status == MeetingStatus.AwaitingApproval)
        {
            var (approve, _) = host.LatestLinks();
            await host.Approvals.DecideAsync(approve, ApprovalDecision.Approve, null);
            await host.DrainAsync();
            meeting = (await host.MeetingForAsync(decision))!;
        }

        Assert.Equal(MeetingStatus.Scheduled, meeting.Status);
        await host.SyncCalendarAsync();
        return (prospect, thread, meeting);
    }

    /// <summary>Stores a reply, its decision and the reply pipeline's <see cref="MeetingChangeWork.FromReply"/> hand-off, as the pipeline does.</summary>
    public static async Task<ReplyDecision> ChangeReplyAsync(this MeetingHost host, Prospect prospect, EmailThread thread, ReplyLabel label, double confidence = 0.9, params Interval[] windows)
    {
        var message = new EmailMessage
        {
            ThreadId = thread.Id,
            Direction = MessageDirection.Inbound,
            RfcMessageId = $"change-{Guid.NewGuid():N}@globex.example",
            From = prospect.Email,
            Subject = "Re: Quick question",
            OccurredAt = host.Now,
            ProcessedAt = host.Now,
        };
        var decision = new ReplyDecision
        {
            OwnerId = MeetingHost.Owner,
            MessageId = message.Id,
            ThreadId = thread.Id,
            ProspectId = prospect.Id,
            CampaignId = host.Campaign.Id,
            Label = label,
            Confidence = confidence,
            Classifier = "test",
            OfferedWindowsJson = windows.Length == 0 ? null : "[" + string.Join(",", windows.Select(w => $"{{\"start\":\"{w.Start}\",\"end\":\"{w.End}\"}}")) + "]",
            DecidedAt = host.Now,
        };
        var request = new MeetingProposalRequest(decision.Id.Value, message.Id.Value, thread.Id.Value, prospect.Id.Value, host.Campaign.Id.Value, null);
        await host.InStoreAsync(async s =>
        {
            await s.Threads.AppendMessageAsync(message);
            await s.ReplyDecisions.AddAsync(decision);
            await s.WorkQueue.EnqueueAsync(new WorkItem { Kind = MeetingChangeWork.FromReply, Key = message.Id.ToString(), Payload = ReplyJson.Proposal(request), DueAt = host.Now });
        });
        return decision;
    }

    /// <summary>Stores a reply the classifier read as "interested, let's meet" (with its body) and the pipeline's <c>meeting.propose</c> hand-off, as the pipeline does.</summary>
    public static async Task<ReplyDecision> InterestedReplyAsync(this MeetingHost host, Prospect prospect, EmailThread thread, string body, double confidence = 0.9, params Interval[] windows)
    {
        var message = new EmailMessage
        {
            ThreadId = thread.Id,
            Direction = MessageDirection.Inbound,
            RfcMessageId = $"interested-{Guid.NewGuid():N}@globex.example",
            From = prospect.Email,
            Subject = "Re: Quick question",
            BodyText = body,
            OccurredAt = host.Now,
            ProcessedAt = host.Now,
        };
        var decision = new ReplyDecision
        {
            OwnerId = MeetingHost.Owner,
            MessageId = message.Id,
            ThreadId = thread.Id,
            ProspectId = prospect.Id,
            CampaignId = host.Campaign.Id,
            Label = ReplyLabel.InterestedMeeting,
            MeetingIntent = true,
            Confidence = confidence,
            Classifier = "test",
            OfferedWindowsJson = windows.Length == 0 ? null : "[" + string.Join(",", windows.Select(w => $"{{\"start\":\"{w.Start}\",\"end\":\"{w.End}\"}}")) + "]",
            DecidedAt = host.Now,
        };
        var request = new MeetingProposalRequest(decision.Id.Value, message.Id.Value, thread.Id.Value, prospect.Id.Value, host.Campaign.Id.Value, null);
        await host.InStoreAsync(async s =>
        {
            await s.Threads.AppendMessageAsync(message);
            await s.ReplyDecisions.AddAsync(decision);
            await s.WorkQueue.EnqueueAsync(new WorkItem { Kind = ReplyWork.MeetingPropose, Key = message.Id.ToString(), Payload = ReplyJson.Proposal(request), DueAt = host.Now });
        });
        return decision;
    }

    public static Task<CalendarSyncResult> SyncCalendarAsync(this MeetingHost host) =>
        host.Services.GetRequiredService<ICalendarSync>().SyncAsync(host.Account.Id, SandboxCalendar.PrimaryCalendarId);

    public static IMeetingChanges Changes(this MeetingHost host) => host.Services.GetRequiredService<IMeetingChanges>();

    public static Task<Meeting> ReloadAsync(this MeetingHost host, Meeting meeting) => host.InStoreAsync(async s => (await s.Meetings.FindAsync(meeting.Id))!);

    public static Task<IReadOnlyList<Notification>> NotificationsAsync(this MeetingHost host) =>
        host.InStoreAsync(s => s.Notifications.ListByOwnerAsync(MeetingHost.Owner, PageRequest.First));

    /// <summary>An enrollment of the prospect in the host's campaign, as the reply pipeline leaves it after their reply.</summary>
    public static async Task<Enrollment> EnrollmentAsync(this MeetingHost host, Prospect prospect, EnrollmentStatus status = EnrollmentStatus.Stopped, StopReason reason = StopReason.Replied)
    {
        var enrollment = new Enrollment { CampaignId = host.Campaign.Id, ProspectId = prospect.Id, SequenceId = Id<OutreachSequence>.New(), Status = status, StopReason = reason, NextStepPosition = 1 };
        await host.InStoreAsync(s => s.Enrollments.AddAsync(enrollment));
        return enrollment;
    }

    public static Task<Enrollment> ReloadAsync(this MeetingHost host, Enrollment enrollment) => host.InStoreAsync(async s => (await s.Enrollments.FindAsync(enrollment.Id))!);

    public static string IcsText(OutgoingEmail email) => Encoding.UTF8.GetString(Assert.Single(email.Attachments).Content.Span);

    /// <summary>The value of one property line of the .ics (for example <c>UID</c>), or <see langword="null"/>.</summary>
    public static string? IcsValue(string ics, string name) =>
        ics.Split("\r\n").Select(l => l.TrimEnd('\n', '\r')).FirstOrDefault(l => l.StartsWith(name + ":", StringComparison.Ordinal))?[(name.Length + 1)..];
}
