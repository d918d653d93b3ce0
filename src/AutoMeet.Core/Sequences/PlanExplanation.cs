namespace AutoMeet.Sequences;

/// <summary>Represents the planner's decision for one enrollment with a human-readable reason.</summary>
/// <param name="Decision">The decision.</param>
/// <param name="Reason">Why, for example "window closed until Mon 2026-03-30 09:00 Asia/Kolkata".</param>
public sealed record PlanExplanation(PlannedStep Decision, string Reason);
