namespace AutoMeet.Sample.Web.RateLimiting;

/// <summary>
/// The web sample's rate limits, bound from the <c>RateLimiting</c> section. Each public surface has its own rule,
/// applied per client IP and per route (one budget for <c>/unsubscribe</c>, another for <c>/approvals/{token}</c>, …).
/// </summary>
public sealed class SampleRateLimitOptions
{
    /// <summary>The configuration section name.</summary>
    public const string SectionName = "RateLimiting";

    /// <summary>Gets or sets a value indicating whether requests are limited (default <see langword="true"/>).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Gets or sets the rule of the links people open from e-mails: <c>/unsubscribe</c>, <c>/approvals/*</c>, <c>/meeting-outcomes/*</c>, <c>/reply-drafts/*</c>, <c>/t/*</c>, and the Google consent under <c>/connect</c> (default 60 per minute).</summary>
    public RateLimitRule Links { get; set; } = new() { PermitLimit = 60 };

    /// <summary>Gets or sets the rule of the provider webhooks under <c>/webhooks/*</c> (default 600 per minute).</summary>
    public RateLimitRule Webhooks { get; set; } = new() { PermitLimit = 600 };

    /// <summary>Gets or sets the rule of the API under <c>/api/*</c> (default 600 per minute).</summary>
    public RateLimitRule Api { get; set; } = new() { PermitLimit = 600 };
}
