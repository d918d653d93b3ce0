using AutoMeet.Campaigns;
using AutoMeet.Scheduling;
using NodaTime;
using static AutoMeet.Core.Tests.Scheduling.Scenarios;

namespace AutoMeet.Core.Tests.Scheduling;

public sealed class ParticipantsTests
{
    private static AvailabilityRequest TwoPeople(ParticipationMode mode)
    {
        var alice = new ParticipantAvailability(Weekly("Etc/UTC", SendingDays.Monday, "09:00", "12:00"), new[] { new BusyTime(Utc("2026-01-05T09:00:00Z"), Utc("2026-01-05T10:00:00Z")) });
        var bob = new ParticipantAvailability(Weekly("Asia/Kolkata", SendingDays.Monday, "15:00", "17:00"), new[] { new BusyTime(Utc("2026-01-05T10:30:00Z"), Utc("2026-01-05T11:00:00Z")) });

        // Bob works 09:30Z-11:30Z.
        return new AvailabilityRequest([alice, bob], Minutes(30, 30), Zone("Etc/UTC"), new Interval(Utc("2026-01-05T00:00:00Z"), Utc("2026-01-06T00:00:00Z")), Utc("2026-01-05T00:00:00Z")) { Mode = mode };
    }

    [Fact]
    public void GetSlots_Collective_OnlyWhenEveryoneIsFree()
    {
        var slots = Engine.GetSlots(TwoPeople(ParticipationMode.Collective)).Slots;

        Assert.Equal(["2026-01-05T10:00:00Z", "2026-01-05T11:00:00Z"], slots.Select(s => Iso(s.Start)));
        Assert.Equal(0b11UL, slots[0].Participants);
    }

    [Fact]
    public void GetSlots_RoundRobin_AnyoneFreeAndSaysWho()
    {
        var slots = Engine.GetSlots(TwoPeople(ParticipationMode.RoundRobin)).Slots;

        Assert.Equal(
            [("2026-01-05T09:30:00Z", 0b10UL), ("2026-01-05T10:00:00Z", 0b11UL), ("2026-01-05T10:30:00Z", 0b01UL), ("2026-01-05T11:00:00Z", 0b11UL), ("2026-01-05T11:30:00Z", 0b01UL)],
            slots.Select(s => (Iso(s.Start), s.Participants)));
    }

    [Fact]
    public void Explain_RoundRobin_ReportsFreeParticipants()
    {
        var explanation = Engine.Explain(TwoPeople(ParticipationMode.RoundRobin), Utc("2026-01-05T10:30:00Z"));

        Assert.True(explanation.IsBookable);
        Assert.Equal(0b01UL, explanation.FreeParticipants);
        Assert.Equal(SlotBlockReason.Busy, Assert.Single(explanation.Blockers).Reason);
    }

    [Fact]
    public void GetSlots_CollectiveWithTouchingRanges_NeverSpansTwoRangesOfAnotherParticipant()
    {
        var alice = new ParticipantAvailability(Weekly("Etc/UTC", SendingDays.Monday, "09:00", "12:00"), Array.Empty<BusyTime>());
        var bobSchedule = new WorkingSchedule(Zone("Etc/UTC"),
        [
            RecurringHours.Weekly(SendingDays.Monday, new WorkingRange(T("09:00"), T("10:00"))),
            RecurringHours.Weekly(SendingDays.Monday, new WorkingRange(T("10:00"), T("11:00"))),
        ]);
        var request = new AvailabilityRequest([alice, new ParticipantAvailability(bobSchedule, Array.Empty<BusyTime>())], Minutes(60, 30), Zone("Etc/UTC"), new Interval(Utc("2026-01-05T00:00:00Z"), Utc("2026-01-06T00:00:00Z")), Utc("2026-01-05T00:00:00Z"));

        Assert.Equal(["2026-01-05T09:00:00Z", "2026-01-05T10:00:00Z"], Engine.GetSlots(request).Slots.Select(s => Iso(s.Start)));
        Assert.Equal(SlotBlockReason.OutsideWorkingHours, Assert.Single(Engine.Explain(request, Utc("2026-01-05T09:30:00Z")).Blockers).Reason);
    }
}
