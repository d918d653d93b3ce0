namespace AutoMeet.Privacy;

/// <summary>Represents the outcome of an erasure request.</summary>
public enum PersonErasureStatus
{
    /// <summary>The person's data was removed and their address hash suppressed.</summary>
    Erased = 0,

    /// <summary>The person had already been erased (only the hash remained); any missing audit entry was completed.</summary>
    AlreadyErased = 1,

    /// <summary>Nothing is held about the address, and it was never erased; nothing changed.</summary>
    NotFound = 2,
}
