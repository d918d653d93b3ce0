using NodaTime;

namespace AutoMeet.Sample.Web.Contracts;

/// <summary>The body of <c>GET /api/availability/explain</c>: whether a meeting starting at an instant is bookable, and every reason it is not.</summary>
public sealed record SlotExplanationResponse(
    Instant Start,
    Instant End,
    string TimeZone,
    string LocalStart,
    string LocalEnd,
    bool IsBookable,
    IReadOnlyList<SlotBlockerResponse> Reasons,
    string TzdbVersion);
