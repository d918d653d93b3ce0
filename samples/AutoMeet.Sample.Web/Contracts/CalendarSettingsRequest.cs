namespace AutoMeet.Sample.Web.Contracts;

/// <summary>
/// The body of <c>PUT /api/calendar-settings</c>: the owner's whole booking settings (a replacement, not a patch).
/// Properties are nullable so that missing values are reported by name; a missing optional value takes its default.
/// </summary>
/// <param name="TimeZone">The owner's IANA zone, in which the rules are wall-clock times (required).</param>
/// <param name="MeetingDurationMinutes">The meeting length (default 30).</param>
/// <param name="SlotIntervalMinutes">The spacing of slot starts (default 15).</param>
/// <param name="BufferBeforeMinutes">Free time kept before each meeting (default 0).</param>
/// <param name="BufferAfterMinutes">Free time kept after each meeting (default 0).</param>
/// <param name="MinimumNoticeMinutes">How far ahead of now a meeting may start at the earliest (default 240).</param>
/// <param name="BookingHorizonDays">How many days ahead meetings may be booked (default 30).</param>
/// <param name="MaxMeetingsPerDay">The most meetings per local day (default unlimited).</param>
/// <param name="MaxMeetingsPerWeek">The most meetings per local ISO week (default unlimited).</param>
/// <param name="BusyCalendarIds">The calendars whose events count as busy (default: the primary calendar only).</param>
/// <param name="TentativeIsBusy">Whether tentative events count as busy (default true).</param>
/// <param name="TransparentIsBusy">Whether events marked free count as busy (default false).</param>
/// <param name="Rules">The working-time rules (required).</param>
/// <param name="Version">The version of the stored settings being replaced; required when settings exist, absent when creating them.</param>
public sealed record CalendarSettingsRequest(
    string? TimeZone,
    int? MeetingDurationMinutes,
    int? SlotIntervalMinutes,
    int? BufferBeforeMinutes,
    int? BufferAfterMinutes,
    int? MinimumNoticeMinutes,
    int? BookingHorizonDays,
    int? MaxMeetingsPerDay,
    int? MaxMeetingsPerWeek,
    IReadOnlyList<string?>? BusyCalendarIds,
    bool? TentativeIsBusy,
    bool? TransparentIsBusy,
    IReadOnlyList<AvailabilityRuleRequest?>? Rules,
    long? Version);
