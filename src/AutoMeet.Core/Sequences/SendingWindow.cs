using AutoMeet.Campaigns;
using NodaTime;

namespace AutoMeet.Sequences;

/// <summary>Represents the local hours and week days in which e-mail may be sent, read in each prospect's zone.</summary>
/// <param name="Days">The sending days.</param>
/// <param name="Start">The local time the window opens (inclusive).</param>
/// <param name="End">The local time the window closes (exclusive); after <paramref name="Start"/>, on the same day.</param>
public readonly record struct SendingWindow(SendingDays Days, LocalTime Start, LocalTime End)
{
    /// <summary>Creates the window of a campaign schedule.</summary>
    /// <param name="schedule">The schedule.</param>
    /// <returns>The window.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="schedule"/> is <see langword="null"/>.</exception>
    public static SendingWindow From(CampaignSchedule schedule)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        return new SendingWindow(schedule.Days, schedule.WindowStart, schedule.WindowEnd);
    }

    /// <summary>Gets why the window never opens, or <see langword="null"/> when it does.</summary>
    /// <returns>A message naming the bad value, or <see langword="null"/>.</returns>
    public string? Validate()
    {
        if ((Days & SendingDays.All) == SendingDays.None)
        {
            return $"The sending window has no sending day (days: {Days}).";
        }

        return End <= Start
            ? $"The sending window closes at {End:HH:mm} at or before it opens at {Start:HH:mm}; it never opens."
            : null;
    }

    /// <summary>Gets a value indicating whether <paramref name="day"/> is a sending day.</summary>
    /// <param name="day">The ISO day of week.</param>
    /// <returns><see langword="true"/> when mail may be sent on that day.</returns>
    public bool IsSendingDay(IsoDayOfWeek day) => ((int)Days & (1 << ((int)day - 1))) != 0;
}
