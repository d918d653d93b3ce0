namespace AutoMeet.Replies.Pipeline;

/// <summary>What happened to one inbound message.</summary>
internal enum MessageOutcome
{
    /// <summary>Decided and acted on now.</summary>
    Processed = 0,

    /// <summary>A decision already existed.</summary>
    AlreadyProcessed = 1,

    /// <summary>Not in a tracked thread, or our own message.</summary>
    Ignored = 2,

    /// <summary>Could not be stored.</summary>
    Failed = 3,
}
