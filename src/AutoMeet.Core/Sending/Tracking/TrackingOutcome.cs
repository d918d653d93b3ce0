namespace AutoMeet.Sending.Tracking;

/// <summary>Represents what a tracking request amounted to.</summary>
public enum TrackingOutcome
{
    /// <summary>Recorded.</summary>
    Recorded = 0,

    /// <summary>The token is malformed, forged or for another purpose.</summary>
    Invalid = 1,

    /// <summary>The token has expired (a click still redirects; nothing is recorded).</summary>
    Expired = 2,

    /// <summary>The send it refers to no longer exists (erased or deleted); a click still redirects.</summary>
    Unknown = 3,
}
