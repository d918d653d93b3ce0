using NodaTime;

namespace AutoMeet.Sequences.Distribution;

/// <summary>Represents one answer to "why is this enrollment's next e-mail not going out yet?".</summary>
/// <param name="State">Where the next e-mail stands.</param>
/// <param name="Reason">Why, in words, for example "window closed until Mon 2026-03-30 09:00 +0530, then daily cap reached: …".</param>
/// <param name="NextAt">When something happens next (the send, the retry, the end of the wait), when known.</param>
/// <param name="Plan">The planner's decision.</param>
/// <param name="Distribution">The distributor's decision, when the step was distributed.</param>
public sealed record OutreachExplanation(OutreachState State, string Reason, Instant? NextAt, PlannedStep Plan, DistributionDecision? Distribution);
