namespace AutoMeet.Compliance;

/// <summary>Represents why an audit chain failed verification.</summary>
public enum AuditChainFault
{
    /// <summary>The chain is intact.</summary>
    None = 0,

    /// <summary>An entry's content does not hash to its stored hash (a field was changed).</summary>
    HashMismatch = 1,

    /// <summary>An entry's previous hash is not the hash of the entry before it (an entry was replaced or re-linked).</summary>
    PreviousHashMismatch = 2,

    /// <summary>A sequence number is missing (an entry was deleted or renumbered).</summary>
    SequenceGap = 3,
}
