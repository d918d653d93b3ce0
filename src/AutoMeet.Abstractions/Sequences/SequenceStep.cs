using AutoMeet.Storage;

namespace AutoMeet.Sequences;

/// <summary>Represents one step of an <see cref="OutreachSequence"/>.</summary>
public sealed class SequenceStep : Entity<SequenceStep>
{
    /// <summary>Gets or sets the sequence the step belongs to.</summary>
    public Id<OutreachSequence> SequenceId { get; set; }

    /// <summary>Gets or sets the zero-based position in the sequence; unique within it.</summary>
    public int Position { get; set; }

    /// <summary>Gets or sets what the step does.</summary>
    public SequenceStepKind Kind { get; set; }

    /// <summary>Gets or sets how long after the previous step this one is due (zero or more).</summary>
    public int DelayAmount { get; set; }

    /// <summary>Gets or sets the unit of <see cref="DelayAmount"/>.</summary>
    public DelayUnit DelayUnit { get; set; } = DelayUnit.BusinessDays;

    /// <summary>Gets or sets the Liquid template of the subject (e-mail steps).</summary>
    public string? SubjectTemplate { get; set; }

    /// <summary>Gets or sets the Liquid template of the body (e-mail steps).</summary>
    public string? BodyTemplate { get; set; }

    /// <summary>Gets or sets the engagement test of a condition step.</summary>
    public EngagementCondition Condition { get; set; }
}
