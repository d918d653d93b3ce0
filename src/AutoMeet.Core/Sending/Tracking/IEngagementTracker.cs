namespace AutoMeet.Sending.Tracking;

/// <summary>
/// Records opens and clicks from the signed tracking links of sent e-mails (when tracking is enabled in
/// <see cref="SendingOptions"/>) as <c>Opened</c>/<c>Clicked</c> e-mail events, which feed sequence conditions, the
/// stop-on-click rule and analytics. A click redirects only to the URL inside the signed token: never an open redirect.
/// </summary>
public interface IEngagementTracker
{
    /// <summary>Records a click and returns where to redirect.</summary>
    /// <param name="token">The token from the link.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The outcome and, when the signature is good, the target.</returns>
    Task<TrackingResult> ClickAsync(string? token, CancellationToken cancellationToken = default);

    /// <summary>Records an open.</summary>
    /// <param name="token">The token from the pixel.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The outcome.</returns>
    Task<TrackingResult> OpenAsync(string? token, CancellationToken cancellationToken = default);
}
