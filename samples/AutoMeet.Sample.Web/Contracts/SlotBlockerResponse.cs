using NodaTime;

namespace AutoMeet.Sample.Web.Contracts;

/// <summary>One reason a start is not bookable.</summary>
/// <param name="Reason">The reason, a camelCase <c>SlotBlockReason</c> name (for example <c>outsideWorkingHours</c>).</param>
/// <param name="Participant"><c>owner</c> when it concerns the owner's time, <c>everyone</c> for notice, window and horizon.</param>
/// <param name="Detail">A sentence for people, naming the times involved.</param>
/// <param name="BusyStart">The start of the busy time involved, if the reason is busy time.</param>
/// <param name="BusyEnd">The end of the busy time involved, if the reason is busy time.</param>
/// <param name="BusyStatus">The status of the busy time involved (<c>busy</c>, <c>tentative</c>, <c>free</c>, <c>held</c>), if any.</param>
public sealed record SlotBlockerResponse(string Reason, string Participant, string Detail, Instant? BusyStart, Instant? BusyEnd, string? BusyStatus);
