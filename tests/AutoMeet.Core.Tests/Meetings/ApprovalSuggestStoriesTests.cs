using AutoMeet.Approvals;
using AutoMeet.Compliance;
using AutoMeet.Events;
using AutoMeet.Meetings;
using AutoMeet.Replies;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace AutoMeet.Core.Tests.Meetings;

/// <summary>The owner's Suggest-another-time link: the page's times, the suggestion, the prospect's answer, and bad input.</summary>
public sealed class ApprovalSuggestStoriesTests
{
    /// <summary>Tuesday 3 March 2026, 10:00–12:00 in Berlin.</summary>
    private static readonly Interval TuesdayMorning = new(MeetingHost.BerlinTime(3, 3, 10), MeetingHost.BerlinTime(3, 3, 12));

    private static readonly DateTimeZone NewYork = DateTimeZoneProviders.Tzdb["America/New_York"];

    /// <summary>Dana chose Tuesday 10:00 Berlin; the meeting awaits the owner's approval.</summary>
    private static async Task<(MeetingHost Host, ReplyDecision Decision, Meeting Meeting)> AwaitingApprovalAsync()
    {
        var host = await MeetingHost.StartAsync();
        var (prospect, thread) = await host.ProspectAsync("dana@globex.example");
        var decision = await host.ReplyAsync(prospect, thread, 0.9, TuesdayMorning);
        await host.DrainAsync();
        var meeting = (await host.MeetingForAsync(decision))!;
        Assert.Equal(MeetingStatus.AwaitingApproval, meeting.Status);
        return (host, decision, meeting);
    }

    [Fact]
    public async Task SuggestAnotherTime_ProspectTakesIt_OwnerApprovesAndTheMeetingIsBookedAtTheNewTime()
    {
        var (host, decision, original) = await AwaitingApprovalAsync();
        await using var _ = host;
        var ownerMail = Assert.Single(host.SentTo(host.Account.EmailAddress)).Email;
        Assert.Contains("Suggest another time", ownerMail.TextBody, StringComparison.Ordinal);
        var suggest = host.LatestSuggestLink();

        // Opening the link and listing the times decide nothing.
        var inspected = await host.Approvals.InspectAsync(suggest);
        Assert.Equal(ApprovalLinkOutcome.Pending, inspected.Outcome);
        Assert.Equal(ApprovalDecision.SuggestAnotherTime, inspected.Decision);
        var page = await host.Approvals.ListAlternativesAsync(suggest, 6);
        Assert.Equal(ApprovalLinkOutcome.Pending, page.Outcome);
        Assert.Contains("Dana Scully (Globex)", page.MeetingSummary, StringComparison.Ordinal);
        var alternatives = page.Alternatives!;
        Assert.InRange(alternatives.Count, 2, 6);
        Assert.All(alternatives, a => Assert.True(a.End <= original.Start || a.Start >= original.End, "the slot under approval is not offered"));
        Assert.All(alternatives, a => Assert.Contains("(Europe/Berlin, CET)", a.Text, StringComparison.Ordinal));
        Assert.Equal(alternatives.OrderBy(a => a.Start), alternatives);
        Assert.Equal(MeetingStatus.AwaitingApproval, (await host.MeetingForAsync(decision))!.Status);
        Assert.Equal(ApprovalStatus.Pending, Assert.Single(await host.ApprovalsForAsync(original.Id)).Status);

        var chosen = alternatives[1];
        var result = await host.Approvals.SuggestAsync(suggest, chosen.Start, "198.51.100.9");

        Assert.Equal(ApprovalLinkOutcome.AlternativeSuggested, result.Outcome);
        Assert.Equal(chosen.Start, result.SuggestedStart);
        Assert.Contains(chosen.Text, result.MeetingSummary, StringComparison.Ordinal);
        var proposed = (await host.MeetingForAsync(decision))!;
        Assert.Equal(MeetingStatus.Proposed, proposed.Status);
        Assert.Equal(chosen.Start, proposed.Start);
        Assert.Equal(chosen.End, proposed.End);
        Assert.Equal(host.Now + Duration.FromHours(48), proposed.HoldExpiresAt);
        var request = Assert.Single(await host.ApprovalsForAsync(original.Id));
        Assert.Equal(ApprovalStatus.AlternativeSuggested, request.Status);
        Assert.Equal(MeetingHost.Owner.Value, request.DecidedBy);
        Assert.Equal(host.Now, request.DecidedAt);
        Assert.Equal("link; 198.51.100.9", request.DecisionSource);
        Assert.Equal(chosen.Start, request.SuggestedStart);
        Assert.Equal(["approval.requested", "approval.alternative-suggested"], await host.AuditActionsAsync(nameof(ApprovalRequest), request.Id.ToString()));
        Assert.Equal(["meeting.created", "meeting.proposed"], await host.AuditActionsAsync(nameof(Meeting), original.Id.ToString()));
        var events = await host.InStoreAsync(s => s.DomainEvents.ListAfterAsync(0, null, 1000));
        var decided = Assert.Single(events, e => e.Type == DomainEventTypes.ApprovalDecided);
        Assert.Contains("\"decision\":\"alternative-suggested\"", decided.Payload, StringComparison.Ordinal);
        Assert.Contains("\"suggestedStart\"", decided.Payload, StringComparison.Ordinal);

        // The prospect is asked about the new time in the thread, in their zone.
        await host.DrainAsync();
        var proposal = Assert.Single(host.SentTo("dana@globex.example")).Email;
        Assert.Equal("Re: Quick question", proposal.Subject);
        Assert.NotNull(proposal.InReplyTo);
        Assert.Contains(MeetingTimeText.Format(chosen.Start, chosen.End, NewYork), proposal.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain(MeetingTimeText.Format(original.Start, original.End, NewYork), proposal.TextBody, StringComparison.Ordinal);
        Assert.Contains("doesn't work on my side", proposal.TextBody, StringComparison.Ordinal);

        // Dana says the new time works: the normal pipeline asks the owner again, who approves; it is booked there.
        var prospect = (await host.InStoreAsync(s => s.Prospects.FindAsync(original.ProspectId)))!;
        var thread = (await host.InStoreAsync(s => s.Threads.FindAsync(original.ThreadId!.Value)))!;
        var answer = await host.ReplyAsync(prospect, thread, 0.9, new Interval(chosen.Start, chosen.End));
        await host.DrainAsync();
        var again = (await host.MeetingForAsync(answer))!;
        Assert.Equal(MeetingStatus.AwaitingApproval, again.Status);
        Assert.Equal(chosen.Start, again.Start);
        Assert.Equal(MeetingStatus.Declined, (await host.MeetingForAsync(decision))!.Status); // superseded by the answer

        var (approve, _) = host.LatestLinks();
        var approved = await host.Approvals.DecideAsync(approve, ApprovalDecision.Approve, null);
        await host.DrainAsync();

        Assert.Equal(BookingOutcome.Booked, approved.Booking?.Outcome);
        Assert.Equal(MeetingStatus.Scheduled, (await host.MeetingForAsync(answer))!.Status);
        Assert.Equal(chosen.Start, Assert.Single(host.Calendar.ListEvents(host.Account.Id)).Start);
        Assert.Contains(host.SentTo(prospect.Email), e => e.Email.TextBody.Contains("We're confirmed for " + MeetingTimeText.Format(chosen.Start, chosen.End, NewYork), StringComparison.Ordinal));
    }

    [Fact]
    public async Task SuggestAnotherTime_ReleasesTheOriginalSlotAndHoldsTheNewOne()
    {
        var (host, _, original) = await AwaitingApprovalAsync();
        await using var _ = host;
        var suggest = host.LatestSuggestLink();
        var chosen = (await host.Approvals.ListAlternativesAsync(suggest)).Alternatives![0];
        Assert.Equal(ApprovalLinkOutcome.AlternativeSuggested, (await host.Approvals.SuggestAsync(suggest, chosen.Start, null)).Outcome);

        var (bob, bobThread) = await host.ProspectAsync("bob@initech.example", "Bob");
        var (carl, carlThread) = await host.ProspectAsync("carl@umbrella.example", "Carl");
        var bobWantsTheOriginal = await host.ReplyAsync(bob, bobThread, 0.9, new Interval(original.Start, original.End));
        var carlWantsTheSuggested = await host.ReplyAsync(carl, carlThread, 0.9, new Interval(chosen.Start, chosen.End));
        await host.DrainAsync();

        var bobMeeting = (await host.MeetingForAsync(bobWantsTheOriginal))!;
        Assert.Equal(MeetingStatus.AwaitingApproval, bobMeeting.Status);
        Assert.Equal(original.Start, bobMeeting.Start);
        var carlMeeting = (await host.MeetingForAsync(carlWantsTheSuggested))!;
        Assert.Equal(MeetingStatus.Proposed, carlMeeting.Status); // held for Dana: Carl gets alternatives
        Assert.NotEqual(chosen.Start, carlMeeting.Start);
    }

    [Fact]
    public async Task SuggestAsync_TimeNotBookable_IsRefusedWithReasonsAndChangesNothing()
    {
        var (host, decision, original) = await AwaitingApprovalAsync();
        await using var _ = host;
        var suggest = host.LatestSuggestLink();
        var listed = (await host.Approvals.ListAlternativesAsync(suggest)).Alternatives!;
        var taken = listed[0];
        host.Calendar.AddBusy(host.Account.Id, new Interval(taken.Start, taken.End)); // taken in the calendar since the page was opened

        Instant[] refused =
        [
            MeetingHost.BerlinTime(3, 7, 10), // Saturday: outside working hours
            MeetingHost.BerlinTime(3, 3, 20), // after working hours
            MeetingHost.BerlinTime(3, 4, 10, 5), // off the slot grid
            host.Now - Duration.FromHours(1), // in the past
            host.Now + Duration.FromHours(1), // inside the minimum notice
            original.Start, // the time awaiting approval
            original.Start + Duration.FromMinutes(15), // overlapping it
            taken.Start, // busy in the live calendar
            Instant.MaxValue - Duration.FromDays(1), // absurdly far ahead
        ];
        foreach (var start in refused)
        {
            var result = await host.Approvals.SuggestAsync(suggest, start, null);
            Assert.Equal(ApprovalLinkOutcome.SlotUnavailable, result.Outcome);
            Assert.NotEmpty(result.Reasons);
            Assert.Equal(start, result.SuggestedStart);
        }

        await host.DrainAsync();
        var meeting = (await host.MeetingForAsync(decision))!;
        Assert.Equal(MeetingStatus.AwaitingApproval, meeting.Status);
        Assert.Equal(original.Start, meeting.Start);
        var request = Assert.Single(await host.ApprovalsForAsync(meeting.Id));
        Assert.Equal(ApprovalStatus.Pending, request.Status);
        Assert.Null(request.SuggestedStart);
        Assert.Equal(["approval.requested"], await host.AuditActionsAsync(nameof(ApprovalRequest), request.Id.ToString()));
        Assert.Empty(host.SentTo("dana@globex.example"));

        // The link still works, and no longer lists the taken time.
        var page = await host.Approvals.ListAlternativesAsync(suggest);
        Assert.Equal(ApprovalLinkOutcome.Pending, page.Outcome);
        Assert.DoesNotContain(page.Alternatives!, a => a.Start == taken.Start);
        Assert.Equal(ApprovalLinkOutcome.AlternativeSuggested, (await host.Approvals.SuggestAsync(suggest, page.Alternatives![0].Start, null)).Outcome);
    }

    [Fact]
    public async Task SuggestAsync_ClickedTwiceOrRacing_SuggestsOnceAndShowsAlreadyHandled()
    {
        var (host, decision, _) = await AwaitingApprovalAsync();
        await using var _ = host;
        var suggest = host.LatestSuggestLink();
        var (approve, decline) = host.LatestLinks();
        var times = (await host.Approvals.ListAlternativesAsync(suggest)).Alternatives!;

        var racing = await Task.WhenAll(
            host.Approvals.SuggestAsync(suggest, times[0].Start, null),
            host.Approvals.SuggestAsync(suggest, times[1].Start, null));
        var again = await host.Approvals.SuggestAsync(suggest, times[2].Start, null);

        Assert.Single(racing, r => r.Outcome == ApprovalLinkOutcome.AlternativeSuggested);
        Assert.Single(racing, r => r.Outcome == ApprovalLinkOutcome.AlreadyHandled);
        var won = racing.Single(r => r.Outcome == ApprovalLinkOutcome.AlternativeSuggested).SuggestedStart;
        Assert.Equal(ApprovalLinkOutcome.AlreadyHandled, again.Outcome);
        Assert.Equal(ApprovalStatus.AlternativeSuggested, again.RequestStatus);
        Assert.Equal(ApprovalLinkOutcome.AlreadyHandled, (await host.Approvals.InspectAsync(suggest)).Outcome);
        Assert.Equal(ApprovalLinkOutcome.AlreadyHandled, (await host.Approvals.ListAlternativesAsync(suggest)).Outcome);
        Assert.Equal(ApprovalLinkOutcome.AlreadyHandled, (await host.Approvals.DecideAsync(approve, ApprovalDecision.Approve, null)).Outcome);
        Assert.Equal(ApprovalLinkOutcome.AlreadyHandled, (await host.Approvals.DecideAsync(decline, ApprovalDecision.Decline, null)).Outcome);

        await host.DrainAsync();
        var meeting = (await host.MeetingForAsync(decision))!;
        Assert.Equal(MeetingStatus.Proposed, meeting.Status);
        Assert.Equal(won, meeting.Start);
        Assert.Single(host.SentTo("dana@globex.example"));
        Assert.Empty(host.Calendar.ListEvents(host.Account.Id));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not-a-token")]
    [InlineData("v1.k.bm90LWEtdG9rZW4.c2ln")]
    public async Task SuggestAsync_GarbledOrForgedToken_IsInvalidAndChangesNothing(string? token)
    {
        var (host, decision, original) = await AwaitingApprovalAsync();
        await using var _ = host;
        var start = original.Start + Duration.FromDays(1);

        Assert.Equal(ApprovalLinkOutcome.Invalid, (await host.Approvals.ListAlternativesAsync(token)).Outcome);
        Assert.Equal(ApprovalLinkOutcome.Invalid, (await host.Approvals.SuggestAsync(token, start, null)).Outcome);
        Assert.Equal(MeetingStatus.AwaitingApproval, (await host.MeetingForAsync(decision))!.Status);
    }

    [Fact]
    public async Task SuggestAsync_LinkOfAnotherPurposeOrTamperedSignature_IsInvalid()
    {
        var (host, decision, original) = await AwaitingApprovalAsync();
        await using var _ = host;
        var suggest = host.LatestSuggestLink();
        var (approve, decline) = host.LatestLinks();
        var tampered = suggest[..^2] + (suggest[^2] == 'A' ? "B" : "A") + suggest[^1];
        var start = (await host.Approvals.ListAlternativesAsync(suggest)).Alternatives![0].Start;
        var signer = host.Services.GetRequiredService<ILinkSigner>();
        var request = Assert.Single(await host.ApprovalsForAsync(original.Id));
        var unsubscribe = signer.Sign(new LinkTokenPayload(LinkPurposes.Unsubscribe, [request.Id.ToString(), MeetingHost.Owner.Value], request.ExpiresAt));

        Assert.Equal(ApprovalLinkOutcome.Invalid, (await host.Approvals.SuggestAsync(approve, start, null)).Outcome);
        Assert.Equal(ApprovalLinkOutcome.Invalid, (await host.Approvals.SuggestAsync(decline, start, null)).Outcome);
        Assert.Equal(ApprovalLinkOutcome.Invalid, (await host.Approvals.SuggestAsync(unsubscribe, start, null)).Outcome);
        Assert.Equal(ApprovalLinkOutcome.Invalid, (await host.Approvals.SuggestAsync(tampered, start, null)).Outcome);
        Assert.Equal(ApprovalLinkOutcome.Invalid, (await host.Approvals.ListAlternativesAsync(approve)).Outcome);
        Assert.Equal(ApprovalLinkOutcome.Invalid, (await host.Approvals.DecideAsync(suggest, ApprovalDecision.Approve, null)).Outcome);
        Assert.Equal(ApprovalLinkOutcome.Invalid, (await host.Approvals.DecideAsync(suggest, ApprovalDecision.SuggestAnotherTime, null)).Outcome);
        Assert.Equal(MeetingStatus.AwaitingApproval, (await host.MeetingForAsync(decision))!.Status);
        Assert.Equal(ApprovalStatus.Pending, Assert.Single(await host.ApprovalsForAsync(original.Id)).Status);
    }

    [Fact]
    public async Task SuggestAsync_ExpiredLink_IsExpiredAndChangesNothing()
    {
        var (host, decision, _) = await AwaitingApprovalAsync();
        await using var _ = host;
        var suggest = host.LatestSuggestLink();
        var start = (await host.Approvals.ListAlternativesAsync(suggest)).Alternatives![^1].Start;
        host.Advance(Duration.FromHours(24) + Duration.FromSeconds(1));

        Assert.Equal(ApprovalLinkOutcome.Expired, (await host.Approvals.InspectAsync(suggest)).Outcome);
        Assert.Equal(ApprovalLinkOutcome.Expired, (await host.Approvals.ListAlternativesAsync(suggest)).Outcome);
        Assert.Equal(ApprovalLinkOutcome.Expired, (await host.Approvals.SuggestAsync(suggest, start, null)).Outcome);
        Assert.Equal(MeetingStatus.AwaitingApproval, (await host.MeetingForAsync(decision))!.Status);
    }
}
