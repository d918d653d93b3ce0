namespace AutoMeet.Webhooks;

/// <summary>One outgoing webhook: where events are POSTed, the secret that signs them and which events it wants.</summary>
public sealed class WebhookSubscriptionOptions
{
    /// <summary>Gets or sets the subscription's unique name (1 to 100 characters); its delivery cursor and log are kept under it.</summary>
    public string Name { get; set; } = string.Empty;

    /// <summary>Gets or sets the absolute http(s) URL events are POSTed to.</summary>
    public Uri? Url { get; set; }

    /// <summary>Gets or sets the signing secret in plain text (at least 16 characters); prefer <see cref="ProtectedSecret"/>.</summary>
    public string? Secret { get; set; }

    /// <summary>
    /// Gets or sets the signing secret as protected by <c>ISecretProtector.Protect(secret, "automeet.webhook-secret")</c>
    /// (the cipher text); used when set, instead of <see cref="Secret"/>.
    /// </summary>
    public string? ProtectedSecret { get; set; }

    /// <summary>Gets the event types delivered (for example <c>meeting.booked</c>); empty for all.</summary>
    public IList<string> EventTypes { get; } = [];

    /// <summary>Gets or sets the owner whose events are delivered, or <see langword="null"/> for every owner.</summary>
    public string? OwnerId { get; set; }

    /// <summary>
    /// Gets or sets a value indicating whether a new subscription starts at the beginning of the log (<see langword="true"/>)
    /// or at its current end (default <see langword="false"/>: only events from now on).
    /// </summary>
    public bool DeliverHistory { get; set; }

    /// <summary>Gets or sets a value indicating whether the subscription is delivered (default <see langword="true"/>).</summary>
    public bool Enabled { get; set; } = true;
}
