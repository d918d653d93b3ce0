using System.Text.RegularExpressions;
using AutoMeet.Compliance;
using AutoMeet.Replies.Stripping;
using NodaTime;

namespace AutoMeet.Meetings.Changes;

/// <summary>
/// Decides (purely) whether a reply the classifier read as "interested, let's meet" is in fact about moving the
/// prospect's booked meeting: the prospect was offered other times to move to and has not moved since (so "Thursday
/// 3pm works" picks one of them), or the reply names times and its own words speak of moving ("instead", "move",
/// "reschedule" …). Such a reply takes the reschedule path instead of getting "a meeting is in progress".
/// </summary>
internal static partial class MoveReplyRouting
{
    /// <summary>Whether the reply is to be handled as a request to move <paramref name="meeting"/>.</summary>
    /// <param name="meeting">The prospect's meeting the reply is about, if any.</param>
    /// <param name="now">When the reply was decided.</param>
    /// <param name="offerOutstanding">Whether other times to move to were offered and are still open (see <see cref="IsOfferOutstanding"/>).</param>
    /// <param name="windowCount">How many time windows the reply offers.</param>
    /// <param name="refersToMoving">Whether the reply's own words speak of moving (see <see cref="RefersToMoving"/>).</param>
    public static bool IsMove(Meeting? meeting, Instant now, bool offerOutstanding, int windowCount, bool refersToMoving) =>
        meeting is { Status: MeetingStatus.Scheduled } && meeting.End > now && (offerOutstanding || (windowCount > 0 && refersToMoving));

    /// <summary>Whether the latest of the meeting's offers and moves (its audit history, oldest first) is an offer: nothing moved since the prospect was offered other times.</summary>
    public static bool IsOfferOutstanding(IEnumerable<AuditEntry> history) =>
        history.LastOrDefault(e => e.Action is MeetingChangeVersion.OfferedAction or MeetingEmailComposer.RescheduledAction or MeetingEventSync.MovedInCalendarAction)?.Action
            == MeetingChangeVersion.OfferedAction;

    /// <summary>Whether the prospect's own words (quotes and signature stripped) speak of moving a meeting.</summary>
    public static bool RefersToMoving(string? body) =>
        !string.IsNullOrWhiteSpace(body) && MoveCue().IsMatch(ReplyTextStripper.Strip(body));

    [GeneratedRegex(
        @"\b(?:move|moving|moved|re-?schedul\w*|postpon\w*|push(?:ed|ing)?\s+(?:it|that|this|the\s+meeting|our\s+meeting|back|out)|shift\w*|instead|different\s+(?:time|day|slot)|another\s+(?:time|day|slot)|change\s+(?:the\s+)?(?:time|day|date)|verschieb\w*|verlegen|d[ée]caler|reporter|mover|cambiar)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex MoveCue();
}
