namespace AutoMeet.Sequences.Internal;

/// <summary>A sequence step reduced to what planning needs.</summary>
internal readonly record struct PlannerStep(SequenceStepKind Kind, int DelayAmount, DelayUnit DelayUnit, EngagementCondition Condition)
{
    public bool IsEmail => Kind is SequenceStepKind.NewThreadEmail or SequenceStepKind.FollowUpEmail;
}
