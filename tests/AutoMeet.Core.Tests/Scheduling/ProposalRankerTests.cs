using AutoMeet.Scheduling;
using NodaTime;
using static AutoMeet.Core.Tests.Scheduling.Scenarios;

namespace AutoMeet.Core.Tests.Scheduling;

public sealed class ProposalRankerTests
{
    private static AvailableSlot Slot(string start) => new(Utc(start), Utc(start) + Duration.FromMinutes(30), 1);

    [Fact]
    public void Choose_SpreadsAcrossDaysInsideBusinessHoursEarliestFirst()
    {
        // Prospect in Berlin (UTC+1 in January).
        AvailableSlot[] slots = [Slot("2026-01-05T06:00:00Z"), Slot("2026-01-05T09:00:00Z"), Slot("2026-01-05T09:30:00Z"), Slot("2026-01-06T09:00:00Z"), Slot("2026-01-07T15:30:00Z"), Slot("2026-01-07T16:30:00Z")];

        var chosen = ProposalRanker.Choose(slots, new ProposalPreferences(Zone("Europe/Berlin"), 3));

        Assert.Equal(["2026-01-05T09:00:00Z", "2026-01-06T09:00:00Z", "2026-01-07T15:30:00Z"], chosen.Select(s => Iso(s.Start)));
    }

    [Fact]
    public void Choose_TooFewBusinessDays_FallsBackOutsideHoursThenSameDayButNeverBackToBack()
    {
        AvailableSlot[] slots = [Slot("2026-01-05T09:00:00Z"), Slot("2026-01-05T09:30:00Z"), Slot("2026-01-05T10:30:00Z"), Slot("2026-01-10T09:00:00Z")];

        var chosen = ProposalRanker.Choose(slots, new ProposalPreferences(Zone("Etc/UTC"), 4));

        // Saturday is outside business days, so it comes second; 09:30 touches 09:00 and is skipped.
        Assert.Equal(["2026-01-05T09:00:00Z", "2026-01-05T10:30:00Z", "2026-01-10T09:00:00Z"], chosen.Select(s => Iso(s.Start)));
    }

    [Fact]
    public void Choose_SameInputInAnotherOrder_SameChoice()
    {
        AvailableSlot[] slots = [Slot("2026-01-05T09:00:00Z"), Slot("2026-01-06T12:00:00Z"), Slot("2026-01-07T13:00:00Z"), Slot("2026-01-08T14:00:00Z")];
        var prefs = new ProposalPreferences(Zone("America/New_York"), 2);

        Assert.Equal(ProposalRanker.Choose(slots, prefs), ProposalRanker.Choose(slots.Reverse().ToArray(), prefs));
    }
}
