namespace AutoMeet.Accounts;

/// <summary>Represents the connection state of a mailbox account.</summary>
public enum AccountStatus
{
    /// <summary>Connected and usable.</summary>
    Connected = 0,

    /// <summary>Sending paused (for example by the bounce circuit breaker).</summary>
    Paused = 1,

    /// <summary>The grant expired or was revoked; the owner must reconnect.</summary>
    Disconnected = 2,
}
