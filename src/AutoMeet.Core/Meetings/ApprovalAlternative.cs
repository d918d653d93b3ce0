using NodaTime;

namespace AutoMeet.Meetings;

/// <summary>Represents a bookable time the owner may suggest instead of the one awaiting approval.</summary>
/// <param name="Start">The start.</param>
/// <param name="End">The end.</param>
/// <param name="Text">The time as the owner reads it, in the owner's zone (for example "Tuesday 3 March 2026, 11:00–11:30 (Europe/Berlin, CET)").</param>
public sealed record ApprovalAlternative(Instant Start, Instant End, string Text);
