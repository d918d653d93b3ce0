using AutoMeet.Compliance;
using AutoMeet.Meetings;
using AutoMeet.Storage;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace AutoMeet.Core.Tests.Meetings;

/// <summary>Stale holds expired by the daily cleanup, and suppressed prospects never mailed by the scheduler.</summary>
public sealed class MeetingHoldAndSuppressionStoriesTests
{
    /// <summary>Saturday 7 March 2026, 10:00–11:00 in Berlin: outside working hours, so the nearest free time is offered and held.</summary>
    private static readonly Interval Saturday = new(MeetingHost.BerlinTime(3, 7, 10), MeetingHost.BerlinTime(3, 7, 11));

    [Fact]
    public async Task HoldExpiry_DailyCleanup_DeclinesTheStaleProposalAndReleasesTheSlotForAnotherProspect()
    {
        await using var host = await MeetingHost.StartAsync();
        var (first, firstThread) = await host.ProspectAsync("dana@globex.example");
        var (second, secondThread) = await host.ProspectAsync("fox@initech.example", "Fox");
        var (third, thirdThread) = await host.ProspectAsync("walter@umbrella.example", "Walter");
        var a = await host.ReplyAsync(first, firstThread, 0.9, Saturday);
        await host.DrainAsync();
        var held = (await host.MeetingForAsync(a))!;
        Assert.Equal(MeetingStatus.Proposed, held.Status);
        var slot = new Interval(held.Start, held.End);
        host.Advance(Duration.FromMinutes(1));

        var b = await host.ReplyAsync(second, secondThread, 0.9, slot);
        await host.DrainAsync();
        var blocked = (await host.MeetingForAsync(b))!;
        Assert.Equal(MeetingStatus.Proposed, blocked.Status); // the slot is held for the first prospect: alternatives instead
        Assert.NotEqual(held.Start, blocked.Start);

        host.Advance(Duration.FromHours(48) + Duration.FromMinutes(1)); // both holds (48 hours each) have expired
        var listed = await host.InStoreAsync(s => s.Meetings.ListExpiredHoldsAsync(host.Now, PageRequest.First));
        var report = await host.RunCleanupAsync();
        var again = await host.RunCleanupAsync();
        var c = await host.ReplyAsync(third, thirdThread, 0.9, slot);
        await host.DrainAsync();

        Assert.Equal([held.Id, blocked.Id], listed.Select(m => m.Id));
        Assert.Equal(2, report.ExpiredHolds);
        Assert.Equal(0, again.ExpiredHolds);
        var expired = (await host.MeetingForAsync(a))!;
        Assert.Equal(MeetingStatus.Declined, expired.Status);
        Assert.Null(expired.HoldExpiresAt);
        var entry = (await host.InStoreAsync(s => s.AuditLog.ListForEntityAsync(nameof(Meeting), held.Id.ToString())))[^1];
        Assert.Equal("meeting.declined", entry.Action);
        Assert.Equal("cleanup", entry.ActorId);
        Assert.Contains("hold expired", entry.Detail, StringComparison.Ordinal);
        var winner = (await host.MeetingForAsync(c))!;
        Assert.Equal(MeetingStatus.AwaitingApproval, winner.Status);
        Assert.Equal(held.Start, winner.Start);
    }

    [Fact]
    public async Task HoldExpiry_MeetingBookedMeanwhile_IsLeftAlone()
    {
        await using var host = await MeetingHost.StartAsync();
        var (prospect, thread) = await host.ProspectAsync("dana@globex.example");
        var decision = await host.ReplyAsync(prospect, thread, 0.9, Saturday);
        await host.DrainAsync();
        var held = (await host.MeetingForAsync(decision))!;
        await host.InStoreAsync(async s =>
        {
            var meeting = await s.Meetings.FindAsync(held.Id);
            meeting!.HoldExpiresAt = host.Now + Duration.FromHours(100); // extended (re-proposed) after the cleanup listed it
            await s.Meetings.UpdateAsync(meeting);
        });
        host.Advance(Duration.FromHours(49));

        var report = await host.RunCleanupAsync();

        Assert.Equal(0, report.ExpiredHolds);
        Assert.Equal(MeetingStatus.Proposed, (await host.MeetingForAsync(decision))!.Status);
    }

    [Fact]
    public async Task Proposal_SuppressedProspect_NoMeetingNoHoldAndNothingSent()
    {
        await using var host = await MeetingHost.StartAsync();
        var (prospect, thread) = await host.ProspectAsync("dana@globex.example");
        await host.Services.GetRequiredService<ISuppressionService>().SuppressDomainAsync(MeetingHost.Owner, "globex.example", SuppressionReason.Manual);
        var decision = await host.ReplyAsync(prospect, thread);

        await host.DrainAsync();
        var outcome = await host.Services.GetRequiredService<MeetingScheduler>().ProposeAsync(
            new AutoMeet.Replies.Pipeline.MeetingProposalRequest(decision.Id.Value, decision.MessageId.Value, thread.Id.Value, prospect.Id.Value, host.Campaign.Id.Value, null),
            CancellationToken.None);

        Assert.Equal(ProposalOutcome.Suppressed, outcome);
        Assert.Null(await host.MeetingForAsync(decision));
        Assert.Empty(host.SentTo(prospect.Email));
        Assert.Empty(host.SentTo(host.Account.EmailAddress));
    }

    [Fact]
    public async Task Booking_ProspectSuppressedWhileAwaitingApproval_BooksNothingAndSendsNoConfirmation()
    {
        await using var host = await MeetingHost.StartAsync();
        var (prospect, thread) = await host.ProspectAsync("dana@globex.example");
        var decision = await host.ReplyAsync(prospect, thread, 0.9, new Interval(MeetingHost.BerlinTime(3, 3, 10), MeetingHost.BerlinTime(3, 3, 12)));
        await host.DrainAsync();
        var (approve, _) = host.LatestLinks();
        await host.Services.GetRequiredService<ISuppressionService>().SuppressAsync(MeetingHost.Owner, prospect.Email, SuppressionReason.Unsubscribed);

        var result = await host.Approvals.DecideAsync(approve, ApprovalDecision.Approve, null);
        await host.DrainAsync();

        Assert.Equal(ApprovalLinkOutcome.Approved, result.Outcome);
        Assert.Equal(BookingOutcome.NotBookable, result.Booking?.Outcome);
        var meeting = (await host.MeetingForAsync(decision))!;
        Assert.Equal(MeetingStatus.Declined, meeting.Status);
        Assert.Empty(host.Calendar.ListEvents(host.Account.Id));
        Assert.Empty(host.SentTo(prospect.Email));
        Assert.Contains("suppressed", (await host.InStoreAsync(s => s.AuditLog.ListForEntityAsync(nameof(Meeting), meeting.Id.ToString())))[^1].Detail, StringComparison.Ordinal);
    }
}
