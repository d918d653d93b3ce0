using AutoMeet.Campaigns;
using AutoMeet.Scheduling;
using NodaTime;
using static AutoMeet.Core.Tests.Scheduling.Scenarios;

namespace AutoMeet.Core.Tests.Scheduling;

public sealed class ExplainTests
{
    private static readonly WorkingSchedule Schedule = Weekly("Etc/UTC", SendingDays.Weekdays, "09:00", "17:00");

    private static AvailabilityRequest Question(params BusyTime[] busy) =>
        Request(Schedule, "2026-01-05T00:00:00Z", "2026-01-10T00:00:00Z",
            Minutes(30, 15) with { BufferBefore = Duration.FromMinutes(10), BufferAfter = Duration.FromMinutes(10), MinimumNotice = Duration.FromHours(2), RollingWindowDays = 2 },
            busy, now: "2026-01-05T08:00:00Z");

    private static SlotBlocker Single(AvailabilityRequest request, string start)
    {
        var explanation = Engine.Explain(request, Utc(start));
        Assert.False(explanation.IsBookable);
        return Assert.Single(explanation.Blockers);
    }

    [Fact]
    public void Explain_FreeSlot_IsBookableWithTzdbVersion()
    {
        var explanation = Engine.Explain(Question(), Utc("2026-01-05T11:00:00Z"));

        Assert.True(explanation.IsBookable);
        Assert.Empty(explanation.Blockers);
        Assert.Equal(DateTimeZoneProviders.Tzdb.VersionId, explanation.TzdbVersion);
    }

    [Fact]
    public void Explain_Evening_IsOutsideWorkingHours() =>
        Assert.Equal(SlotBlockReason.OutsideWorkingHours, Single(Question(), "2026-01-05T18:00:00Z").Reason);

    [Fact]
    public void Explain_OffGrid_IsNotOnSlotGrid() =>
        Assert.Equal(SlotBlockReason.NotOnSlotGrid, Single(Question(), "2026-01-05T11:05:00Z").Reason);

    [Fact]
    public void Explain_TooSoon_IsUnderMinimumNotice() =>
        Assert.Equal(SlotBlockReason.UnderMinimumNotice, Single(Question(), "2026-01-05T09:30:00Z").Reason);

    [Fact]
    public void Explain_AfterRollingWindow_IsBeyondHorizon() =>
        Assert.Equal(SlotBlockReason.BeyondHorizon, Single(Question(), "2026-01-08T10:00:00Z").Reason);

    [Fact]
    public void Explain_BufferAfterPreviousEvent_NamesTheEvent()
    {
        var busy = new BusyTime(Utc("2026-01-05T11:00:00Z"), Utc("2026-01-05T11:55:00Z"));

        var blocker = Single(Question(busy), "2026-01-05T12:00:00Z");

        Assert.Equal(SlotBlockReason.InsideBufferBefore, blocker.Reason);
        Assert.Equal(0, blocker.BusyIndex);
        Assert.Equal(busy, blocker.Busy);
    }

    [Fact]
    public void Explain_BufferBeforeNextEvent_IsInsideBufferAfter() =>
        Assert.Equal(SlotBlockReason.InsideBufferAfter, Single(Question(new BusyTime(Utc("2026-01-05T12:35:00Z"), Utc("2026-01-05T13:00:00Z"))), "2026-01-05T12:00:00Z").Reason);

    [Fact]
    public void Explain_Overlap_IsBusy() =>
        Assert.Equal(SlotBlockReason.Busy, Single(Question(new BusyTime(Utc("2026-01-05T12:10:00Z"), Utc("2026-01-05T12:20:00Z"))), "2026-01-05T12:00:00Z").Reason);

    [Fact]
    public void Explain_HeldTime_IsHeldByPendingProposal() =>
        Assert.Equal(SlotBlockReason.HeldByPendingProposal, Single(Question(new BusyTime(Utc("2026-01-05T12:00:00Z"), Utc("2026-01-05T12:30:00Z"), BusyStatus.Held)), "2026-01-05T12:00:00Z").Reason);

    [Fact]
    public void Explain_DailyLimit_IsDailyLimitReached()
    {
        var request = Question();
        request = request with { Meeting = request.Meeting with { MaxMeetingsPerDay = 1 }, Participants = [request.Participants[0] with { BookedMeetings = new[] { Utc("2026-01-05T09:00:00Z") } }] };

        Assert.Equal(SlotBlockReason.DailyLimitReached, Single(request, "2026-01-05T12:00:00Z").Reason);
    }

    [Fact]
    public void Explain_SeveralReasons_ListsEveryOne()
    {
        var explanation = Engine.Explain(Question(new BusyTime(Utc("2026-01-08T18:00:00Z"), Utc("2026-01-08T19:00:00Z"))), Utc("2026-01-08T18:00:00Z"));

        Assert.Equal([SlotBlockReason.BeyondHorizon, SlotBlockReason.OutsideWorkingHours, SlotBlockReason.Busy], explanation.Blockers.Select(b => b.Reason));
    }
}
