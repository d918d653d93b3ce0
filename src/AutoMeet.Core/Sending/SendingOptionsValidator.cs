using Microsoft.Extensions.Options;

namespace AutoMeet.Sending;

/// <summary>Validates <see cref="SendingOptions"/> at start-up, naming the setting at fault.</summary>
internal sealed class SendingOptionsValidator : IValidateOptions<SendingOptions>
{
    public ValidateOptionsResult Validate(string? name, SendingOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        const string Section = SendingOptions.SectionName;
        if (options.PublicBaseUrl is not { IsAbsoluteUri: true } url || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp))
        {
            failures.Add($"{Section}:PublicBaseUrl must be an absolute http(s) address (found '{options.PublicBaseUrl}').");
        }

        if (options.LeaseDuration < TimeSpan.FromSeconds(10))
        {
            failures.Add($"{Section}:LeaseDuration must be at least 10 seconds (found {options.LeaseDuration}).");
        }

        if (options.SendTimeout <= TimeSpan.Zero || options.SendTimeout > options.LeaseDuration / 2)
        {
            failures.Add($"{Section}:SendTimeout must be more than zero and at most half of {Section}:LeaseDuration ({options.LeaseDuration / 2}), so a lease never expires during a send (found {options.SendTimeout}).");
        }

        if (options.ClaimBatchSize is < 1 or > 1000)
        {
            failures.Add($"{Section}:ClaimBatchSize must be between 1 and 1000 (found {options.ClaimBatchSize}).");
        }

        if (options.MaxAttempts is < 1 or > 100)
        {
            failures.Add($"{Section}:MaxAttempts must be between 1 and 100 (found {options.MaxAttempts}).");
        }

        if (options.RetryBaseDelay <= TimeSpan.Zero)
        {
            failures.Add($"{Section}:RetryBaseDelay must be more than zero (found {options.RetryBaseDelay}).");
        }

        if (options.UnsubscribeLinkLifetime < TimeSpan.FromDays(30))
        {
            failures.Add($"{Section}:UnsubscribeLinkLifetime must be at least 30 days: CAN-SPAM requires the opt-out to keep working that long (found {options.UnsubscribeLinkLifetime}).");
        }

        if (options.PlanningHorizon < TimeSpan.FromMinutes(5) || options.PlanningHorizon > TimeSpan.FromDays(7))
        {
            failures.Add($"{Section}:PlanningHorizon must be between 5 minutes and 7 days (found {options.PlanningHorizon}).");
        }

        if (options.PlanningBatchSize is < 1 or > 1000)
        {
            failures.Add($"{Section}:PlanningBatchSize must be between 1 and 1000 (found {options.PlanningBatchSize}).");
        }

        if (options.PausedRecheckDelay <= TimeSpan.Zero)
        {
            failures.Add($"{Section}:PausedRecheckDelay must be more than zero (found {options.PausedRecheckDelay}).");
        }

        if (options.TrackingLinkLifetime < TimeSpan.FromDays(1))
        {
            failures.Add($"{Section}:TrackingLinkLifetime must be at least 1 day (found {options.TrackingLinkLifetime}).");
        }

        if (options.MaxSendsPerMinutePerMailbox is < 1 or > 10_000)
        {
            failures.Add($"{Section}:MaxSendsPerMinutePerMailbox must be between 1 and 10000 (found {options.MaxSendsPerMinutePerMailbox}).");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
