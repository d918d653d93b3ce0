using NodaTime;

namespace AutoMeet.Scheduling;

/// <summary>The bounds every availability question is checked against.</summary>
public static class AvailabilityLimits
{
    /// <summary>The longest requested window (400 days, a year and some slack for zone edges).</summary>
    public static readonly Duration MaximumWindow = Duration.FromDays(400);

    /// <summary>The longest rolling horizon, in days.</summary>
    public const int MaximumRollingWindowDays = 366;

    /// <summary>The longest meeting, slot interval, or buffer (one day).</summary>
    public static readonly Duration MaximumLength = Duration.FromDays(1);

    /// <summary>The most participants in one question (slots carry them as a 64-bit mask).</summary>
    public const int MaximumParticipants = 64;
}
