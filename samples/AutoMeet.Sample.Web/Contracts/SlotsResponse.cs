using NodaTime;

namespace AutoMeet.Sample.Web.Contracts;

/// <summary>The body of <c>GET /api/availability/slots</c>.</summary>
/// <param name="TimeZone">The zone the local times are in.</param>
/// <param name="From">The start of the searched window.</param>
/// <param name="To">The end of the searched window.</param>
/// <param name="TzdbVersion">The time-zone database version the slots were computed with.</param>
/// <param name="Count">How many slots are returned (at most <c>take</c>).</param>
/// <param name="Total">How many slots the window holds.</param>
/// <param name="Slots">The slots, by start.</param>
public sealed record SlotsResponse(string TimeZone, Instant From, Instant To, string TzdbVersion, int Count, int Total, IReadOnlyList<SlotResponse> Slots);
