using NodaTime;

namespace AutoMeet.Sample.Web.Contracts;

/// <summary>One bookable slot: UTC start and end, and the same as local date-times (<c>yyyy-MM-ddTHH:mm:ss</c>) in the requested zone.</summary>
public sealed record SlotResponse(Instant Start, Instant End, string LocalStart, string LocalEnd);
