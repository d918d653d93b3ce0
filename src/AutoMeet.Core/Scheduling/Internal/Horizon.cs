using NodaTime;

namespace AutoMeet.Scheduling.Internal;

/// <summary>Computes the rolling-horizon bound: the invitee-local midnight after the last bookable invitee-local date.</summary>
internal static class Horizon
{
    /// <summary>Returns the first instant that is past the horizon, in ticks (<see cref="long.MaxValue"/> when there is none).</summary>
    /// <param name="meeting">The settings.</param>
    /// <param name="inviteeZone">The invitee's zone.</param>
    /// <param name="now">Now.</param>
    /// <returns>The bound.</returns>
    public static long EndTicks(MeetingSettings meeting, DateTimeZone inviteeZone, Instant now)
    {
        if (meeting.RollingWindowDays is not { } days)
        {
            return long.MaxValue;
        }

        var today = now.InZone(inviteeZone).Date;
        var last = meeting.RollingWindowCountsCalendarDays ? today.PlusDays(days) : PlusBusinessDays(today, days);
        return Ticks.StartOfDay(last.PlusDays(1), inviteeZone);
    }

    private static LocalDate PlusBusinessDays(LocalDate date, int days)
    {
        while (days > 0)
        {
            date = date.PlusDays(1);
            if (date.DayOfWeek is not (IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday))
            {
                days--;
            }
        }

        return date;
    }
}
