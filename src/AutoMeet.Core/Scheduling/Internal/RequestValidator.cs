using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace AutoMeet.Scheduling.Internal;

/// <summary>Checks an availability question before it is computed; each failure names the field and value.</summary>
internal static class RequestValidator
{
    public static void Validate(AvailabilityRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var participants = request.Participants ?? throw new AvailabilityValidationException("participants", null, "is required");
        if (participants.Count is 0 or > AvailabilityLimits.MaximumParticipants)
        {
            throw new AvailabilityValidationException("participants", participants.Count.ToString(CultureInfo.InvariantCulture), $"must have 1 to {AvailabilityLimits.MaximumParticipants} participants");
        }

        var m = request.Meeting ?? throw new AvailabilityValidationException("meeting", null, "is required");
        ArgumentNullException.ThrowIfNull(request.InviteeZone);
        Positive(m.Duration, "meeting.durationMinutes");
        Positive(m.SlotInterval, "meeting.slotIntervalMinutes");
        NonNegative(m.BufferBefore, "meeting.bufferBeforeMinutes");
        NonNegative(m.BufferAfter, "meeting.bufferAfterMinutes");
        if (m.MinimumNotice < Duration.Zero)
        {
            throw new AvailabilityValidationException("meeting.minimumNoticeMinutes", Minutes(m.MinimumNotice), "must not be negative");
        }

        if (m.RollingWindowDays is { } days)
        {
            if (days is < 0 or > AvailabilityLimits.MaximumRollingWindowDays)
            {
                throw new AvailabilityValidationException("meeting.rollingWindowDays", days.ToString(CultureInfo.InvariantCulture), $"must be from 0 to {AvailabilityLimits.MaximumRollingWindowDays}");
            }

            if (m.MinimumNotice > Duration.FromDays(days))
            {
                throw new AvailabilityValidationException("meeting.minimumNoticeMinutes", Minutes(m.MinimumNotice), $"is longer than the rolling window of {days} days, so no slot could ever be bookable");
            }
        }

        AtLeastOne(m.MaxMeetingsPerDay, "meeting.maxMeetingsPerDay");
        AtLeastOne(m.MaxMeetingsPerWeek, "meeting.maxMeetingsPerWeek");

        var window = request.Window;
        if (!window.HasStart || !window.HasEnd)
        {
            throw new AvailabilityValidationException(window.HasStart ? "request.endTime" : "request.startTime", window.ToString(), "must be bounded");
        }

        if (window.End <= window.Start)
        {
            throw new AvailabilityValidationException("request.endTime", InstantPattern.ExtendedIso.Format(window.End), "must be after request.startTime");
        }

        if (window.Duration > AvailabilityLimits.MaximumWindow)
        {
            throw new AvailabilityValidationException("request.endTime", InstantPattern.ExtendedIso.Format(window.End), $"makes the window longer than the maximum of {AvailabilityLimits.MaximumWindow.Days} days");
        }

        for (var i = 0; i < participants.Count; i++)
        {
            var p = participants[i] ?? throw new AvailabilityValidationException(Prefix(request, i).TrimEnd('.'), null, "is null");
            var schedule = p.Schedule ?? throw new AvailabilityValidationException(Prefix(request, i) + "host", null, "is required");
            if (schedule.LongestRange < m.Duration)
            {
                throw new AvailabilityValidationException("meeting.durationMinutes", Minutes(m.Duration), $"is longer than every working range of {schedule.FieldPrefix.TrimEnd('.')} (the longest is {Minutes(schedule.LongestRange)} minutes)");
            }
        }
    }

    /// <summary>Returns the field prefix of a participant's busy time in error messages.</summary>
    public static string Prefix(AvailabilityRequest request, int participant) =>
        request.Participants.Count == 1 ? string.Empty : $"participants[{participant}].";

    public static AvailabilityValidationException BusyEndBeforeStart(AvailabilityRequest request, int participant, int index, BusyTime busy) =>
        new($"{Prefix(request, participant)}busy[{index}].end", InstantPattern.ExtendedIso.Format(busy.End), $"is before its start {InstantPattern.ExtendedIso.Format(busy.Start)}");

    private static void Positive(Duration value, string field)
    {
        if (value < Duration.FromMinutes(1) || value > AvailabilityLimits.MaximumLength)
        {
            throw new AvailabilityValidationException(field, Minutes(value), "must be from one minute to one day");
        }
    }

    private static void NonNegative(Duration value, string field)
    {
        if (value < Duration.Zero || value > AvailabilityLimits.MaximumLength)
        {
            throw new AvailabilityValidationException(field, Minutes(value), value < Duration.Zero ? "must not be negative" : "must be at most one day");
        }
    }

    private static void AtLeastOne(int? value, string field)
    {
        if (value is < 1)
        {
            throw new AvailabilityValidationException(field, value.Value.ToString(CultureInfo.InvariantCulture), "must be at least 1 when set");
        }
    }

    private static string Minutes(Duration d) => d.TotalMinutes.ToString(CultureInfo.InvariantCulture);
}
