namespace AutoMeet.Sequences;

/// <summary>Represents what a sequence step does.</summary>
public enum SequenceStepKind
{
    /// <summary>Sends an e-mail that starts a new thread.</summary>
    NewThreadEmail = 0,

    /// <summary>Sends a follow-up in the enrollment's existing thread.</summary>
    FollowUpEmail = 1,

    /// <summary>Waits for the step's delay.</summary>
    Wait = 2,

    /// <summary>Branches on engagement: continues only when the condition holds.</summary>
    Condition = 3,
}
