using AutoMeet.Campaigns;
using AutoMeet.Sequences;
using NodaTime;

namespace AutoMeet.Core.Tests.Sequences;

internal static class PlannerFixtures
{
    public static SequenceStep Email(int position, int delay = 0, DelayUnit unit = DelayUnit.BusinessDays) =>
        new()
        {
            Position = position,
            Kind = position == 0 ? SequenceStepKind.NewThreadEmail : SequenceStepKind.FollowUpEmail,
            DelayAmount = delay,
            DelayUnit = unit,
        };

    public static SequenceStep Step(int position, SequenceStepKind kind, int delay, DelayUnit unit, EngagementCondition condition = EngagementCondition.None) =>
        new() { Position = position, Kind = kind, DelayAmount = delay, DelayUnit = unit, Condition = condition };

    public static OutreachSequence Sequence(params SequenceStep[] steps)
    {
        var sequence = new OutreachSequence { Name = "Intro" };
        foreach (var step in steps)
        {
            sequence.Steps.Add(step);
        }

        return sequence;
    }

    public static CampaignSchedule Schedule(
        string zone = "Etc/UTC", SendingDays days = SendingDays.Weekdays, int startHour = 9, int startMinute = 0, int endHour = 17, int endMinute = 0) =>
        new()
        {
            TimeZoneId = zone,
            Days = days,
            WindowStart = new LocalTime(startHour, startMinute),
            WindowEnd = new LocalTime(endHour, endMinute),
        };

    public static PlanningContext Context(
        OutreachSequence sequence, CampaignSchedule? schedule = null, IReadOnlyDictionary<string, IReadOnlySet<LocalDate>>? holidays = null) =>
        PlanningContext.Create(sequence, schedule ?? Schedule(), DateTimeZoneProviders.Tzdb, holidays);

    public static Instant Utc(int year, int month, int day, int hour, int minute = 0) => Instant.FromUtc(year, month, day, hour, minute);
}
