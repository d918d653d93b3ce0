using AutoMeet.Scheduling;
using NodaTime;

namespace AutoMeet.Sample.Web.Contracts;

/// <summary>An owner's calendar settings as the API returns them; the same shape (plus <c>version</c>) is accepted by <c>PUT</c>.</summary>
public sealed record CalendarSettingsResponse(
    Guid Id,
    string TimeZone,
    long MeetingDurationMinutes,
    long SlotIntervalMinutes,
    long BufferBeforeMinutes,
    long BufferAfterMinutes,
    long MinimumNoticeMinutes,
    int BookingHorizonDays,
    int? MaxMeetingsPerDay,
    int? MaxMeetingsPerWeek,
    IReadOnlyList<string> BusyCalendarIds,
    bool TentativeIsBusy,
    bool TransparentIsBusy,
    IReadOnlyList<AvailabilityRuleResponse> Rules,
    Instant CreatedAt,
    Instant UpdatedAt,
    long Version)
{
    public static CalendarSettingsResponse From(CalendarSettings s) => new(
        s.Id.Value,
        s.TimeZoneId,
        (long)s.MeetingDuration.TotalMinutes,
        (long)s.SlotInterval.TotalMinutes,
        (long)s.BufferBefore.TotalMinutes,
        (long)s.BufferAfter.TotalMinutes,
        (long)s.MinimumNotice.TotalMinutes,
        s.BookingHorizonDays,
        s.MaxMeetingsPerDay,
        s.MaxMeetingsPerWeek,
        [.. s.BusyCalendarIds],
        s.TentativeIsBusy,
        s.TransparentIsBusy,
        [.. s.Rules.Select(AvailabilityRuleResponse.From)],
        s.CreatedAt,
        s.UpdatedAt,
        s.Version);
}
