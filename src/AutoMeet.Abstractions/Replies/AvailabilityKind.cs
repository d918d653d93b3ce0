namespace AutoMeet.Replies;

/// <summary>What an availability extraction found (wire names <c>windows</c>, <c>none</c>, <c>ambiguous</c>).</summary>
public enum AvailabilityKind
{
    /// <summary>Nothing to extract: no offered time, only unavailability, or a request for times.</summary>
    None = 0,

    /// <summary>At least one window could be resolved.</summary>
    Windows = 1,

    /// <summary>Availability is stated but cannot be resolved without guessing (conflicting weekday and date, impossible date …).</summary>
    Ambiguous = 2,
}
