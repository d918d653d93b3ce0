using AutoMeet.Sequences;

namespace AutoMeet.Sample.Web.Contracts;

/// <summary>One step of a <see cref="SequenceResponse"/>.</summary>
/// <param name="Position">Its position (0-based).</param>
/// <param name="Kind">Its kind.</param>
/// <param name="Delay">The delay after the previous step.</param>
/// <param name="DelayUnit">The delay's unit.</param>
/// <param name="Subject">The subject template.</param>
/// <param name="Body">The body template.</param>
/// <param name="Condition">The engagement condition.</param>
internal sealed record SequenceStepResponse(int Position, SequenceStepKind Kind, int Delay, DelayUnit DelayUnit, string? Subject, string? Body, EngagementCondition Condition);
