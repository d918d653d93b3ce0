using AutoMeet.Compliance;
using AutoMeet.Meetings;
using AutoMeet.Meetings.Changes;
using NodaTime;

namespace AutoMeet.Core.Tests.Meetings.Changes;

public sealed class MoveReplyRoutingTests
{
    private static readonly Instant Now = Instant.FromUtc(2026, 3, 2, 8, 0);

    [Theory]
    [InlineData("Could we move it to Thursday?", true)]
    [InlineData("Can we reschedule to Thursday 3pm?", true)]
    [InlineData("Thursday at 3 instead?", true)]
    [InlineData("Would a different time work, say Thursday?", true)]
    [InlineData("Können wir auf Donnerstag verschieben?", true)]
    [InlineData("Thursday 3pm works.", false)]
    [InlineData("Great, see you then!\n\n> On Mon, Alex wrote:\n> I'll move the invitation", false)]
    [InlineData("The movie was great; Thursday works.", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void RefersToMoving_OwnWordsOnly(string? body, bool expected) =>
        Assert.Equal(expected, MoveReplyRouting.RefersToMoving(body));

    [Fact]
    public void IsOfferOutstanding_LatestOfOffersAndMovesDecides()
    {
        Assert.False(MoveReplyRouting.IsOfferOutstanding([]));
        Assert.True(MoveReplyRouting.IsOfferOutstanding([Entry("meeting.scheduled"), Entry(MeetingChangeVersion.OfferedAction), Entry("meeting.event-updated")]));
        Assert.False(MoveReplyRouting.IsOfferOutstanding([Entry(MeetingChangeVersion.OfferedAction), Entry("meeting.rescheduled")]));
        Assert.False(MoveReplyRouting.IsOfferOutstanding([Entry(MeetingChangeVersion.OfferedAction), Entry("meeting.moved-in-calendar")]));
    }

    [Fact]
    public void IsMove_OnlyABookedMeetingStillAhead()
    {
        var booked = new Meeting { Status = MeetingStatus.Scheduled, Start = Now + Duration.FromDays(1), End = Now + Duration.FromDays(1) + Duration.FromMinutes(30) };
        Assert.True(MoveReplyRouting.IsMove(booked, Now, offerOutstanding: true, windowCount: 0, refersToMoving: false));
        Assert.True(MoveReplyRouting.IsMove(booked, Now, offerOutstanding: false, windowCount: 1, refersToMoving: true));
        Assert.False(MoveReplyRouting.IsMove(booked, Now, offerOutstanding: false, windowCount: 0, refersToMoving: true));
        Assert.False(MoveReplyRouting.IsMove(booked, Now, offerOutstanding: false, windowCount: 2, refersToMoving: false));
        Assert.False(MoveReplyRouting.IsMove(booked, Now + Duration.FromDays(3), offerOutstanding: true, windowCount: 1, refersToMoving: true));
        Assert.False(MoveReplyRouting.IsMove(new Meeting { Status = MeetingStatus.AwaitingApproval, End = Now + Duration.FromDays(2) }, Now, true, 1, true));
        Assert.False(MoveReplyRouting.IsMove(null, Now, true, 1, true));
    }

    [Fact]
    public void Pack_Unpack_RoundTripsAndReadsPlainReferences()
    {
        var start = Instant.FromUtc(2026, 3, 5, 14, 0);
        Assert.Equal((start.ToUnixTimeSeconds(), (int?)3), MeetingChangeVersion.Unpack(MeetingChangeVersion.Pack(start, 3)));
        Assert.Equal((start.ToUnixTimeSeconds(), (int?)null), MeetingChangeVersion.Unpack(start.ToUnixTimeSeconds()));
        Assert.NotEqual(MeetingChangeVersion.Pack(start, 1), MeetingChangeVersion.Pack(start, 3));
    }

    [Fact]
    public void IsMove_ApprovalRequests_OnlyAPendingMoveOfABookedMeetingNotTheOwnersSuggestion()
    {
        var booked = new Meeting { Status = MeetingStatus.Scheduled, Start = Now, End = Now + Duration.FromMinutes(30) };
        var awaiting = new Meeting { Status = MeetingStatus.AwaitingApproval, Start = Now, End = Now + Duration.FromMinutes(30) };
        var move = new AutoMeet.Approvals.ApprovalRequest { MeetingId = booked.Id, SuggestedStart = Now + Duration.FromDays(1) };
        var suggestion = new AutoMeet.Approvals.ApprovalRequest { MeetingId = booked.Id, SuggestedStart = Now + Duration.FromDays(1), Status = AutoMeet.Approvals.ApprovalStatus.AlternativeSuggested };

        Assert.True(MeetingMoveApprovals.IsMove(move, booked));
        Assert.False(MeetingMoveApprovals.IsMove(move, awaiting));
        Assert.False(MeetingMoveApprovals.IsMove(new AutoMeet.Approvals.ApprovalRequest { MeetingId = booked.Id }, booked));
        Assert.False(MeetingMoveApprovals.IsMove(suggestion, booked)); // the owner's alternative, booked since: still a booking request
    }

    private static AuditEntry Entry(string action) => new() { Action = action, EntityType = nameof(Meeting) };
}
