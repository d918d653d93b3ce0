using AutoMeet.Storage;
using NodaTime;

namespace AutoMeet.Scheduling;

/// <summary>Represents an owner's booking settings: zone, buffers, notice, horizon, slot grid and limits.</summary>
public sealed class CalendarSettings : Entity<CalendarSettings>
{
    /// <summary>Gets or sets the owner; one settings record per owner.</summary>
    public UserId OwnerId { get; set; }

    /// <summary>Gets or sets the owner's IANA time zone, in which availability rules are wall-clock times.</summary>
    public string TimeZoneId { get; set; } = "Etc/UTC";

    /// <summary>Gets or sets the free time kept before each meeting.</summary>
    public Duration BufferBefore { get; set; }

    /// <summary>Gets or sets the free time kept after each meeting.</summary>
    public Duration BufferAfter { get; set; }

    /// <summary>Gets or sets how far ahead of now a meeting may start at the earliest.</summary>
    public Duration MinimumNotice { get; set; } = Duration.FromHours(4);

    /// <summary>Gets or sets how many days ahead meetings may be booked.</summary>
    public int BookingHorizonDays { get; set; } = 30;

    /// <summary>Gets or sets the spacing of candidate slot starts.</summary>
    public Duration SlotInterval { get; set; } = Duration.FromMinutes(15);

    /// <summary>Gets or sets the default meeting length.</summary>
    public Duration MeetingDuration { get; set; } = Duration.FromMinutes(30);

    /// <summary>Gets or sets the most meetings per local day, if limited.</summary>
    public int? MaxMeetingsPerDay { get; set; }

    /// <summary>Gets or sets the most meetings per local ISO week, if limited.</summary>
    public int? MaxMeetingsPerWeek { get; set; }

    /// <summary>Gets the calendar ids whose events count as busy; empty means the primary calendar only.</summary>
    public IList<string> BusyCalendarIds { get; init; } = [];

    /// <summary>Gets or sets a value indicating whether tentative events count as busy.</summary>
    public bool TentativeIsBusy { get; set; } = true;

    /// <summary>Gets or sets a value indicating whether events marked free (transparent) count as busy.</summary>
    public bool TransparentIsBusy { get; set; }

    /// <summary>Gets the availability rules. Stored and deleted with the settings.</summary>
    public IList<AvailabilityRule> Rules { get; init; } = [];
}
