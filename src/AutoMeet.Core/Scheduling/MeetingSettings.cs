using NodaTime;

namespace AutoMeet.Scheduling;

/// <summary>
/// Represents the booking settings an availability question is asked with: meeting length, slot grid, buffers,
/// minimum notice, rolling horizon, limits and which kinds of busy time count. Checked by
/// <see cref="IAvailabilityEngine"/> on every call (see <see cref="AvailabilityLimits"/> for the bounds).
/// </summary>
public sealed record MeetingSettings
{
    /// <summary>Gets the meeting length. The default value is 30 minutes.</summary>
    public Duration Duration { get; init; } = Duration.FromMinutes(30);

    /// <summary>Gets the spacing of candidate starts from each working range's start. The default value is 15 minutes.</summary>
    /// <remarks>The duration need not be a multiple of the interval.</remarks>
    public Duration SlotInterval { get; init; } = Duration.FromMinutes(15);

    /// <summary>Gets the free time kept before a meeting (after the end of any busy time). The default value is zero.</summary>
    public Duration BufferBefore { get; init; }

    /// <summary>Gets the free time kept after a meeting (before the start of any busy time). The default value is zero.</summary>
    public Duration BufferAfter { get; init; }

    /// <summary>Gets how far ahead of now a meeting may start at the earliest. The default value is zero.</summary>
    public Duration MinimumNotice { get; init; }

    /// <summary>
    /// Gets the rolling horizon in days: a slot must start before midnight, in the invitee's zone, at the start of the
    /// invitee-local date that many days (plus one) after the invitee-local date of now; <see langword="null"/> means
    /// no rolling horizon (the window is still bounded by <see cref="AvailabilityLimits.MaximumWindow"/>).
    /// The default value is <see langword="null"/>.
    /// </summary>
    public int? RollingWindowDays { get; init; }

    /// <summary>
    /// Gets a value indicating whether <see cref="RollingWindowDays"/> counts calendar days (<see langword="true"/>) or
    /// business days, Monday to Friday in the invitee's zone (<see langword="false"/>). The default value is <see langword="true"/>.
    /// </summary>
    public bool RollingWindowCountsCalendarDays { get; init; } = true;

    /// <summary>Gets the most meetings per participant-local day, or <see langword="null"/> for no limit.</summary>
    public int? MaxMeetingsPerDay { get; init; }

    /// <summary>Gets the most meetings per participant-local ISO week (Monday first), or <see langword="null"/> for no limit.</summary>
    public int? MaxMeetingsPerWeek { get; init; }

    /// <summary>Gets a value indicating whether tentative busy time blocks slots. The default value is <see langword="true"/>.</summary>
    public bool TentativeIsBusy { get; init; } = true;

    /// <summary>Gets a value indicating whether busy time marked free (transparent) blocks slots. The default value is <see langword="false"/>.</summary>
    public bool TransparentIsBusy { get; init; }

    /// <summary>Returns whether busy time of a status blocks slots under these settings.</summary>
    /// <param name="status">The status.</param>
    /// <returns><see langword="true"/> if it blocks.</returns>
    public bool Blocks(BusyStatus status) => status switch
    {
        BusyStatus.Tentative => TentativeIsBusy,
        BusyStatus.Free => TransparentIsBusy,
        _ => true,
    };
}
