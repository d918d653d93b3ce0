using NodaTime;

namespace AutoMeet.Compliance;

/// <summary>Represents what a signed link carries.</summary>
/// <param name="Purpose">What the link is for, for example <see cref="LinkPurposes.Unsubscribe"/>.</param>
/// <param name="Subjects">The ids the link acts on (for an unsubscribe link: the owner and the address).</param>
/// <param name="ExpiresAt">When the link stops working.</param>
public sealed record LinkTokenPayload(string Purpose, IReadOnlyList<string> Subjects, Instant ExpiresAt);
