using System.Globalization;
using AutoMeet.Meetings.Changes;
using AutoMeet.Notifications;
using AutoMeet.Storage;
using AutoMeet.Work;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NodaTime;

namespace AutoMeet.Meetings.Aftercare;

/// <summary>
/// Plans and sends the reminders of scheduled meetings. Planning (once per scan period) queues one
/// <see cref="AftercareWork.Reminder"/> per meeting, offset, start and move version, due at the reminder's moment, for every moment
/// from <see cref="MeetingAftercareOptions.ReminderMaxLateness"/> ago to two scan periods ahead (so consecutive scans
/// overlap and a reminder never falls between them). Sending, in one transaction: the meeting must still be scheduled
/// at the same start and move version, the reminder not yet recorded in <see cref="Meeting.RemindersSent"/>, and the moment not too far
/// gone (see <see cref="MeetingAftercareOptions"/> for the rule); then the reminder is recorded, the owner's notification
/// and the prospect's e-mail (sent exactly once by <see cref="MeetingMailer"/>) are queued.
/// </summary>
internal sealed class MeetingReminders
{
    private const int PageSize = 200;
    private const int MaxPages = 50;
    private readonly MeetingTransactions _units;
    private readonly IOptions<MeetingAftercareOptions> _options;
    private readonly IDateTimeZoneProvider _zones;
    private readonly IClock _clock;
    private readonly ILogger _logger;

    public MeetingReminders(MeetingTransactions units, IOptions<MeetingAftercareOptions> options, IDateTimeZoneProvider zones, IClock clock, ILoggerFactory? loggerFactory = null)
    {
        _units = units;
        _options = options;
        _zones = zones;
        _clock = clock;
        _logger = (loggerFactory ?? NullLoggerFactory.Instance).CreateLogger<MeetingReminders>();
    }

    /// <summary>Queues the reminders whose moments fall in the planning window; already queued ones are not queued again.</summary>
    public async Task<int> PlanAsync(IAutoMeetStore store, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        var options = _options.Value;
        var offsets = options.EffectiveReminderOffsets();
        if (offsets.Count == 0)
        {
            return 0;
        }

        var now = _clock.GetCurrentInstant();
        var from = now - Duration.FromTimeSpan(options.ReminderMaxLateness);
        var until = now + (Duration.FromTimeSpan(options.ReminderScanInterval) * 2);
        var startsWithin = new Interval(now, until + Duration.FromTimeSpan(offsets[0]));
        var planned = 0;
        for (var page = 0; page < MaxPages; page++)
        {
            var meetings = await store.Meetings.ListByStatusStartingWithinAsync(MeetingStatus.Scheduled, startsWithin, new PageRequest(page * PageSize, PageSize), cancellationToken).ConfigureAwait(false);
            foreach (var meeting in meetings)
            {
                var version = await MoveVersionAsync(store, meeting.Id, cancellationToken).ConfigureAwait(false);
                foreach (var offset in offsets)
                {
                    var marks = ReminderMarks.Of(offset, meeting.Start, version);
                    if (marks.Moment < from || marks.Moment >= until || marks.IsSentFor(meeting))
                    {
                        continue;
                    }

                    var key = string.Create(CultureInfo.InvariantCulture, $"{meeting.Id.Value:N}:{marks.Mark}");
                    var item = new WorkItem { Kind = AftercareWork.Reminder, Key = key, Payload = key, DueAt = marks.Moment > now ? marks.Moment : now };
                    planned += await store.WorkQueue.EnqueueAsync(item, cancellationToken).ConfigureAwait(false) ? 1 : 0;
                }
            }

            if (meetings.Count < PageSize)
            {
                break;
            }
        }

        AftercareLog.RemindersPlanned(_logger, planned);
        return planned;
    }

    /// <summary>Sends one planned reminder (see the class remarks), or skips it with the reason logged.</summary>
    /// <exception cref="FormatException">The payload is not a reminder key.</exception>
    public async Task<bool> SendAsync(string? payload, CancellationToken cancellationToken)
    {
        var colon = payload?.IndexOf(':', StringComparison.Ordinal) ?? -1;
        if (payload is null || colon <= 0 || !Guid.TryParseExact(payload.AsSpan(0, colon), "N", out var guid) || !ReminderMarks.TryParse(payload[(colon + 1)..], out var marks))
        {
            throw new FormatException("The meeting reminder payload is not valid.");
        }

        var meetingId = new Id<Meeting>(guid);
        var skipped = await _units.RunAsync((store, token) => SendOnceAsync(store, meetingId, marks, token), cancellationToken).ConfigureAwait(false);
        if (skipped is null)
        {
            AftercareLog.ReminderSent(_logger, guid, marks.OffsetSeconds);
            return true;
        }

        AftercareLog.ReminderSkipped(_logger, guid, marks.OffsetSeconds, skipped);
        return false;
    }

    /// <returns><see langword="null"/> when sent; else why not.</returns>
    private async Task<string?> SendOnceAsync(IAutoMeetStore store, Id<Meeting> meetingId, ReminderMarks marks, CancellationToken cancellationToken)
    {
        var meeting = await store.Meetings.FindAsync(meetingId, cancellationToken).ConfigureAwait(false);
        if (meeting is null || meeting.Status != MeetingStatus.Scheduled)
        {
            return "the meeting is no longer scheduled";
        }

        var version = await MoveVersionAsync(store, meeting.Id, cancellationToken).ConfigureAwait(false);
        if (meeting.Start != marks.Start || (marks.Version is { } planned && planned != ReminderMarks.VersionOf(version)))
        {
            return "the meeting moved (its new time has its own reminders)";
        }

        // A reminder queued before versions existed is sent, if at all, as one of the current version.
        marks = marks with { Version = marks.Version ?? ReminderMarks.VersionOf(version) };
        if (marks.IsSentFor(meeting))
        {
            return "already sent";
        }

        var now = _clock.GetCurrentInstant();
        var options = _options.Value;
        if (now < marks.Moment)
        {
            return "not due yet";
        }

        if (now >= meeting.Start || now - marks.Moment > Duration.FromTimeSpan(options.ReminderMaxLateness))
        {
            return "its moment passed too long ago (reminders are never sent late)";
        }

        if (options.EffectiveReminderOffsets().Any(o => o < marks.Offset.ToTimeSpan() && ReminderMarks.Of(o, meeting.Start, version).Moment <= now))
        {
            return "a reminder closer to the start is already due";
        }

        meeting.RemindersSent.Add(marks.Mark);
        await store.Meetings.UpdateAsync(meeting, cancellationToken).ConfigureAwait(false);
        if (options.RemindProspect)
        {
            await MeetingEmailRequest.EnqueueReferenceAsync(store, meeting.Id, MeetingEmailKind.Reminder, marks.Reference, now, cancellationToken).ConfigureAwait(false);
        }

        if (options.RemindOwner)
        {
            await store.Notifications.EnqueueAsync(await OwnerNoteAsync(store, meeting, marks, now, cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
        }

        return null;
    }

    /// <summary>How many times the meeting moved: reminders are keyed by start and this version (see <see cref="ReminderMarks"/>).</summary>
    internal static async Task<int> MoveVersionAsync(IAutoMeetStore store, Id<Meeting> meetingId, CancellationToken cancellationToken) =>
        MeetingChangeVersion.Moves(await MeetingChangeVersion.HistoryAsync(store, meetingId, cancellationToken).ConfigureAwait(false));

    private async Task<Notification> OwnerNoteAsync(IAutoMeetStore store, Meeting meeting, ReminderMarks marks, Instant now, CancellationToken cancellationToken)
    {
        var prospect = await store.Prospects.FindAsync(meeting.ProspectId, cancellationToken).ConfigureAwait(false);
        var settings = await store.CalendarSettings.FindByOwnerAsync(meeting.OwnerId, cancellationToken).ConfigureAwait(false);
        var zone = _zones.GetZoneOrNull(settings?.TimeZoneId ?? string.Empty) ?? DateTimeZone.Utc;
        var who = prospect is null ? "a prospect" : MeetingEmailComposer.ProspectName(prospect) + (string.IsNullOrWhiteSpace(prospect.Company) ? string.Empty : $" ({prospect.Company.Trim()})");
        var link = meeting.ConferenceUrl is { } url ? $"\n\nJoin with Google Meet: {url}" : string.Empty;
        return new Notification
        {
            OwnerId = meeting.OwnerId,
            Kind = "meeting.reminder",
            Channel = NotificationChannel.Email,
            Subject = $"Reminder: meeting with {who} in {Describe(marks.Offset)}",
            Body = $"Your meeting with {who} is on {MeetingTimeText.Format(meeting.Start, meeting.End, zone)}.{link}",
            Payload = MeetingAudit.Json(("meetingId", meeting.Id.ToString()), ("offsetSeconds", marks.OffsetSeconds.ToString(CultureInfo.InvariantCulture))),
            DeduplicationKey = string.Create(CultureInfo.InvariantCulture, $"meeting.reminder:{meeting.Id.Value:N}:{marks.Mark}"),
            DueAt = now,
        };
    }

    private static string Describe(Duration offset) =>
        offset.TotalMinutes % 1440 == 0 ? Plural((long)offset.TotalDays, "day")
        : offset.TotalMinutes % 60 == 0 ? Plural((long)offset.TotalHours, "hour")
        : Plural((long)offset.TotalMinutes, "minute");

    private static string Plural(long count, string unit) => string.Create(CultureInfo.InvariantCulture, $"{count} {unit}{(count == 1 ? string.Empty : "s")}");
}
