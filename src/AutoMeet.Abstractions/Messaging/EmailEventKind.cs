namespace AutoMeet.Messaging;

/// <summary>Represents what happened to an outbound e-mail.</summary>
public enum EmailEventKind
{
    /// <summary>Handed to the mail provider.</summary>
    Sent = 0,

    /// <summary>Accepted by the recipient's server.</summary>
    Delivered = 1,

    /// <summary>Opened (tracking pixel; unreliable because of privacy proxies).</summary>
    Opened = 2,

    /// <summary>A tracked link was clicked.</summary>
    Clicked = 3,

    /// <summary>The prospect replied.</summary>
    Replied = 4,

    /// <summary>The message bounced.</summary>
    Bounced = 5,

    /// <summary>The prospect unsubscribed.</summary>
    Unsubscribed = 6,

    /// <summary>The prospect marked the message as spam.</summary>
    Complained = 7,
}
