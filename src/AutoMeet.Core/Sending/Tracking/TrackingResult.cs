namespace AutoMeet.Sending.Tracking;

/// <summary>Represents the result of a tracking request.</summary>
/// <param name="Outcome">What happened.</param>
/// <param name="Target">For a click: where to redirect (only ever the URL that was signed), when the token's signature is good.</param>
public sealed record TrackingResult(TrackingOutcome Outcome, Uri? Target);
