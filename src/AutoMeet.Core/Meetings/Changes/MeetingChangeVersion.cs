using AutoMeet.Compliance;
using AutoMeet.Storage;
using NodaTime;

namespace AutoMeet.Meetings.Changes;

/// <summary>
/// Numbers the changes of a booked meeting, so that the e-mails about them are keyed by the change and not only by the
/// target time: moving A→B→A→B sends four updates (each move is a new version), while the same change retried or
/// replayed keeps its version and is sent once. The e-mail reference packs the start with the version
/// (start × 1,000,000 + version); a plain reference (Unix seconds, as queued before versions existed) stays readable.
/// </summary>
internal static class MeetingChangeVersion
{
    /// <summary>The audit action of an offer of other times to move a booked meeting to (see <see cref="RescheduleOffers"/>).</summary>
    internal const string OfferedAction = "meeting.reschedule-offered";

    private const long Factor = 1_000_000;

    /// <summary>Plain references (Unix seconds before the year 5138) are below this; packed ones above.</summary>
    private const long PlainLimit = 100_000_000_000;

    /// <summary>The e-mail reference of one version of a meeting at <paramref name="start"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="version"/> is not between 1 and 999,999.</exception>
    public static long Pack(Instant start, int version)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(version);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(version, Factor);
        return (start.ToUnixTimeSeconds() * Factor) + version;
    }

    /// <summary>The start (Unix seconds) and, when packed, the version of an e-mail reference.</summary>
    public static (long StartSeconds, int? Version) Unpack(long reference) =>
        reference < PlainLimit ? (reference, null) : (reference / Factor, (int)(reference % Factor));

    /// <summary>How many times the meeting moved (by AutoMeet or in the calendar), from its audit entries: the version of its latest move.</summary>
    public static int Moves(IEnumerable<AuditEntry> entries) =>
        entries.Count(e => e.Action is MeetingEmailComposer.RescheduledAction or MeetingEventSync.MovedInCalendarAction);

    /// <summary>How many times the meeting was offered other times to move to: the version of the latest offer.</summary>
    public static int Offers(IEnumerable<AuditEntry> entries) => entries.Count(e => e.Action == OfferedAction);

    /// <summary>Reads the meeting's audit entries, oldest first.</summary>
    public static Task<IReadOnlyList<AuditEntry>> HistoryAsync(IAutoMeetStore store, Id<Meeting> meetingId, CancellationToken cancellationToken) =>
        store.AuditLog.ListForEntityAsync(nameof(Meeting), meetingId.ToString(), cancellationToken);
}
