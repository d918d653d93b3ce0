using NodaTime;

namespace AutoMeet.Sequences.Internal;

/// <summary>What led to a decision, for <see cref="ISequencePlanner.Explain"/>.</summary>
internal struct DecisionTrace
{
    public Instant DelayDue;
    public Instant NotBefore;
    public int DelayStep;
    public bool AfterSend;
}
