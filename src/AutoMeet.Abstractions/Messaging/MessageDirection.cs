namespace AutoMeet.Messaging;

/// <summary>Represents which way a message travelled.</summary>
public enum MessageDirection
{
    /// <summary>Sent from the owner's mailbox.</summary>
    Outbound = 0,

    /// <summary>Received from the prospect (or an automated system on their side).</summary>
    Inbound = 1,
}
