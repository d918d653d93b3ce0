using AutoMeet.Campaigns;
using AutoMeet.Scheduling;
using NodaTime;
using NodaTime.Text;

namespace AutoMeet.Core.Tests.Scheduling;

/// <summary>Short builders for example tests.</summary>
internal static class Scenarios
{
    public static readonly AvailabilityEngine Engine = new();

    public static DateTimeZone Zone(string id) => DateTimeZoneProviders.Tzdb[id];

    public static LocalTime T(string hhmm) => LocalTimePattern.CreateWithInvariantCulture("HH:mm").Parse(hhmm).Value;

    public static Instant Utc(string iso) => InstantPattern.ExtendedIso.Parse(iso).Value;

    public static LocalDate D(string iso) => LocalDatePattern.Iso.Parse(iso).Value;

    public static string Iso(Instant instant) => InstantPattern.ExtendedIso.Format(instant);

    public static WorkingSchedule Weekly(string zone, SendingDays days, string start, string end, params DateOverride[] overrides) =>
        new(Zone(zone), [RecurringHours.Weekly(days, new WorkingRange(T(start), T(end)))], overrides);

    public static AvailabilityRequest Request(WorkingSchedule schedule, string from, string to, MeetingSettings? meeting = null, BusyTime[]? busy = null, string? now = null, string invitee = "Etc/UTC") =>
        new(
            new ParticipantAvailability(schedule, busy ?? []),
            meeting ?? new MeetingSettings(),
            Zone(invitee),
            new Interval(Utc(from), Utc(to)),
            now is null ? Utc(from) : Utc(now));

    public static List<string> Starts(AvailabilityRequest request) =>
        [.. Engine.GetSlots(request).Slots.Select(s => Iso(s.Start))];

    public static MeetingSettings Minutes(int duration, int interval) =>
        new() { Duration = Duration.FromMinutes(duration), SlotInterval = Duration.FromMinutes(interval) };
}
