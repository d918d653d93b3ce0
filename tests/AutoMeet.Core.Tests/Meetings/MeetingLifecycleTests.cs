using AutoMeet.Meetings;

namespace AutoMeet.Core.Tests.Meetings;

public sealed class MeetingLifecycleTests
{
    [Theory]
    [InlineData(MeetingStatus.Proposed, MeetingStatus.AwaitingApproval)]
    [InlineData(MeetingStatus.Proposed, MeetingStatus.Proposed)]
    [InlineData(MeetingStatus.Proposed, MeetingStatus.Declined)]
    [InlineData(MeetingStatus.AwaitingApproval, MeetingStatus.Scheduled)]
    [InlineData(MeetingStatus.AwaitingApproval, MeetingStatus.Proposed)]
    [InlineData(MeetingStatus.Scheduled, MeetingStatus.Completed)]
    [InlineData(MeetingStatus.Scheduled, MeetingStatus.NoShow)]
    [InlineData(MeetingStatus.Scheduled, MeetingStatus.Cancelled)]
    public void Move_AllowedTransition_ChangesStatus(MeetingStatus from, MeetingStatus to)
    {
        var meeting = new Meeting { Status = from };

        MeetingLifecycle.Move(meeting, to);

        Assert.Equal(to, meeting.Status);
    }

    [Theory]
    [InlineData(MeetingStatus.Proposed, MeetingStatus.Scheduled)]
    [InlineData(MeetingStatus.Scheduled, MeetingStatus.AwaitingApproval)]
    [InlineData(MeetingStatus.Declined, MeetingStatus.Scheduled)]
    [InlineData(MeetingStatus.Cancelled, MeetingStatus.Proposed)]
    [InlineData(MeetingStatus.Completed, MeetingStatus.NoShow)]
    public void Move_IllegalTransition_ThrowsNamingBothStatusesAndLeavesMeetingAlone(MeetingStatus from, MeetingStatus to)
    {
        var meeting = new Meeting { Status = from };

        var error = Assert.Throws<InvalidMeetingTransitionException>(() => MeetingLifecycle.Move(meeting, to));

        Assert.Equal(from, meeting.Status);
        Assert.Equal(from, error.From);
        Assert.Equal(to, error.To);
        Assert.Equal(meeting.Id, error.MeetingId);
        Assert.Contains($"from {from} to {to}", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(MeetingStatus.Declined, true)]
    [InlineData(MeetingStatus.Cancelled, true)]
    [InlineData(MeetingStatus.Completed, true)]
    [InlineData(MeetingStatus.NoShow, true)]
    [InlineData(MeetingStatus.Scheduled, false)]
    public void IsFinal_Status_ReportsWhetherAnythingFollows(MeetingStatus status, bool final) =>
        Assert.Equal(final, MeetingLifecycle.IsFinal(status));
}
