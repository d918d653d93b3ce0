using AutoMeet.Google.OAuth;
using AutoMeet.Google.Resilience;
using Microsoft.Extensions.Options;

namespace AutoMeet.Google.Internal;

/// <summary>Validates <see cref="GoogleOptions"/> at start-up, naming the bad setting.</summary>
internal sealed class GoogleOptionsValidator : IValidateOptions<GoogleOptions>
{
    private const string S = GoogleOptions.SectionName;

    public ValidateOptionsResult Validate(string? name, GoogleOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var result = new ValidateOptionsResultBuilder();
        if (string.IsNullOrWhiteSpace(options.ClientId))
        {
            result.AddError($"{S}:ClientId is required (the OAuth client id from the Google Cloud console).");
        }

        if (string.IsNullOrWhiteSpace(options.ClientSecret))
        {
            result.AddError($"{S}:ClientSecret is required (the OAuth client secret from the Google Cloud console).");
        }

        if (options.RedirectUri is not { IsAbsoluteUri: true } redirect || (redirect.Scheme != Uri.UriSchemeHttps && !redirect.IsLoopback))
        {
            result.AddError($"{S}:RedirectUri '{options.RedirectUri}' must be an absolute https URI (http is allowed only for loopback) registered for the client.");
        }

        if ((options.Features & ~GoogleFeatures.All) != 0)
        {
            result.AddError($"{S}:Features '{options.Features}' has unknown flags.");
        }

        CheckUri(result, nameof(GoogleOptions.AuthorizationEndpoint), options.AuthorizationEndpoint);
        CheckUri(result, nameof(GoogleOptions.TokenEndpoint), options.TokenEndpoint);
        CheckUri(result, nameof(GoogleOptions.RevokeEndpoint), options.RevokeEndpoint);
        CheckUri(result, nameof(GoogleOptions.GmailApiBaseUri), options.GmailApiBaseUri);
        CheckRange(result, nameof(GoogleOptions.AuthorizationStateLifetime), options.AuthorizationStateLifetime, TimeSpan.FromMinutes(1), TimeSpan.FromHours(1));
        CheckRange(result, nameof(GoogleOptions.TokenRefreshSkew), options.TokenRefreshSkew, TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(30));
        CheckRange(result, nameof(GoogleOptions.RequestTimeout), options.RequestTimeout, TimeSpan.FromMilliseconds(10), TimeSpan.FromMinutes(5));
        CheckRange(result, nameof(GoogleOptions.OverallTimeout), options.OverallTimeout, options.RequestTimeout, TimeSpan.FromHours(1));
        CheckRange(result, nameof(GoogleOptions.RetryBaseDelay), options.RetryBaseDelay, TimeSpan.FromMilliseconds(1), TimeSpan.FromMinutes(1));
        CheckRange(result, nameof(GoogleOptions.RetryMaxDelay), options.RetryMaxDelay, options.RetryBaseDelay, TimeSpan.FromMinutes(10));
        CheckRange(result, nameof(GoogleOptions.MaxQuotaWait), options.MaxQuotaWait, TimeSpan.Zero, TimeSpan.FromMinutes(10));
        CheckRange(result, nameof(GoogleOptions.MaxRetryAfter), options.MaxRetryAfter, TimeSpan.Zero, TimeSpan.FromHours(1));
        CheckRange(result, nameof(GoogleOptions.ResyncWindow), options.ResyncWindow, TimeSpan.FromHours(1), TimeSpan.FromDays(60));
        if (options.MaxRetryAttempts is < 0 or > 10)
        {
            result.AddError($"{S}:MaxRetryAttempts {options.MaxRetryAttempts} must be between 0 and 10.");
        }

        if (options.ResyncMaxMessages is < 1 or > 10_000)
        {
            result.AddError($"{S}:ResyncMaxMessages {options.ResyncMaxMessages} must be between 1 and 10000.");
        }

        if (options.PageSize is < 1 or > 500)
        {
            result.AddError($"{S}:PageSize {options.PageSize} must be between 1 and 500 (Gmail's maximum).");
        }

        var largestCall = GmailQuota.LargestCall(options);
        if (options.GmailQuotaUnits is null || options.GmailQuotaUnits.Any(c => c.Value is < 0 or > 10_000))
        {
            result.AddError($"{S}:GmailQuotaUnits must be a map of Gmail method to its cost in quota units, each between 0 and 10000.");
        }

        if (options.GmailUserQuotaUnitsPerMinute < 2 * largestCall || options.GmailUserQuotaUnitsPerMinute > 1_000_000)
        {
            result.AddError($"{S}:GmailUserQuotaUnitsPerMinute {options.GmailUserQuotaUnitsPerMinute} must be between {2 * largestCall} (twice the costliest call) and 1000000 (6000 for new projects, 15000 for legacy ones).");
        }

        if (options.GmailProjectQuotaUnitsPerMinute < 2 * largestCall || options.GmailProjectQuotaUnitsPerMinute > 100_000_000)
        {
            result.AddError($"{S}:GmailProjectQuotaUnitsPerMinute {options.GmailProjectQuotaUnitsPerMinute} must be between {2 * largestCall} and 100000000 (Google's limit is 1200000).");
        }

        if (options.CircuitBreaker is not { } breaker)
        {
            result.AddError($"{S}:CircuitBreaker must not be null.");
        }
        else if (breaker.FailureRatio is <= 0 or > 1 || breaker.MinimumThroughput < 2
            || breaker.SamplingDuration < TimeSpan.FromMilliseconds(500) || breaker.BreakDuration < TimeSpan.FromMilliseconds(500) || breaker.BreakDuration > TimeSpan.FromDays(1))
        {
            result.AddError($"{S}:CircuitBreaker needs FailureRatio in (0, 1] (got {breaker.FailureRatio}), MinimumThroughput of at least 2 (got {breaker.MinimumThroughput}), SamplingDuration of at least 500 ms (got {breaker.SamplingDuration}) and BreakDuration between 500 ms and 1 day (got {breaker.BreakDuration}).");
        }

        return result.Build();
    }

    private static void CheckUri(ValidateOptionsResultBuilder result, string setting, Uri? value)
    {
        if (value is not { IsAbsoluteUri: true } || (value.Scheme != Uri.UriSchemeHttps && !value.IsLoopback))
        {
            result.AddError($"{S}:{setting} '{value}' must be an absolute https URI (http is allowed only for loopback).");
        }
    }

    private static void CheckRange(ValidateOptionsResultBuilder result, string setting, TimeSpan value, TimeSpan min, TimeSpan max)
    {
        if (value < min || value > max)
        {
            result.AddError($"{S}:{setting} {value} must be between {min} and {max}.");
        }
    }
}
