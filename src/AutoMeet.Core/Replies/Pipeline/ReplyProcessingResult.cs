namespace AutoMeet.Replies.Pipeline;

/// <summary>Represents what one run of <see cref="IReplyProcessor.ProcessAccountAsync"/> saw and did.</summary>
public sealed record ReplyProcessingResult
{
    /// <summary>Gets the number of messages the mailbox returned.</summary>
    public int Received { get; init; }

    /// <summary>Gets the number of replies decided and acted on in this run.</summary>
    public int Processed { get; init; }

    /// <summary>Gets the number of messages already decided earlier (seen again: skipped).</summary>
    public int AlreadyProcessed { get; init; }

    /// <summary>Gets the number of messages ignored: not in a tracked thread, or sent by the mailbox itself.</summary>
    public int Ignored { get; init; }

    /// <summary>Gets the number of messages that could not be stored; the cursor stays put so they are read again.</summary>
    public int Failed { get; init; }

    /// <summary>Gets a value indicating whether the mailbox re-listed recent mail because the stored cursor was too old.</summary>
    public bool IsFullResync { get; init; }

    /// <summary>Gets a value indicating whether the stored cursor now covers these messages.</summary>
    public bool CursorAdvanced { get; init; }

    /// <summary>Gets a value indicating whether the account was skipped because it is not connected.</summary>
    public bool Skipped { get; init; }
}
