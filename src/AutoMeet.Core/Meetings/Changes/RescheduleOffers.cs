using AutoMeet.Storage;
using NodaTime;

namespace AutoMeet.Meetings.Changes;

/// <summary>
/// Offers the prospect other times to move their booked meeting to (the <see cref="MeetingEmailKind.RescheduleOptions"/>
/// e-mail; nothing is held, the meeting stays as booked), and records the offer, so that their answer ("Thursday 3pm
/// works") is read as a move (see <see cref="MoveReplyRouting"/>). Every offer is its own version: a second request
/// that cannot be met gets its own answer, while the same request handled again gets none.
/// </summary>
internal static class RescheduleOffers
{
    /// <summary>Queues the offer and its audit entry in the caller's transaction, once per <paramref name="cause"/>.</summary>
    /// <param name="store">The caller's store (transaction).</param>
    /// <param name="clock">The clock.</param>
    /// <param name="meeting">The booked meeting.</param>
    /// <param name="cause">What the offer answers (the reply decision's or the approval's id): an offer for the same cause is made once.</param>
    /// <param name="actor">Who offers.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns><see langword="true"/> when the offer was queued now; <see langword="false"/> when it was made before.</returns>
    public static async Task<bool> OfferAsync(IAutoMeetStore store, IClock clock, Meeting meeting, string cause, MeetingActor actor, CancellationToken cancellationToken)
    {
        var history = await MeetingChangeVersion.HistoryAsync(store, meeting.Id, cancellationToken).ConfigureAwait(false);
        var causeJson = MeetingAudit.Json(("cause", cause));
        var causeProperty = causeJson[1..^1];
        if (history.Any(e => e.Action == MeetingChangeVersion.OfferedAction && e.Detail is { } detail && detail.Contains(causeProperty, StringComparison.Ordinal)))
        {
            return false;
        }

        var version = MeetingChangeVersion.Offers(history) + 1;
        var now = clock.GetCurrentInstant();
        var reference = MeetingChangeVersion.Pack(meeting.Start, version);
        await MeetingEmailRequest.EnqueueReferenceAsync(store, meeting.Id, MeetingEmailKind.RescheduleOptions, reference, now, cancellationToken).ConfigureAwait(false);
        await MeetingAudit.RecordAsync(
            store, clock, meeting.OwnerId, actor, MeetingChangeVersion.OfferedAction, nameof(Meeting), meeting.Id.ToString(),
            MeetingAudit.Json(("cause", cause), ("start", meeting.Start.ToString()), ("version", version.ToString(System.Globalization.CultureInfo.InvariantCulture))), cancellationToken).ConfigureAwait(false);
        return true;
    }
}
