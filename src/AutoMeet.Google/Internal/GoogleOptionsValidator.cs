using AutoMeet.Google.OAuth;
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
        CheckRange(result, nameof(GoogleOptions.RetryBaseDelay), options.RetryBaseDelay, TimeSpan.Zero, TimeSpan.FromMinutes(1));
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

        if (options.GmailUserQuotaUnitsPerMinute is < 100 or > 1_000_000)
        {
            result.AddError($"{S}:GmailUserQuotaUnitsPerMinute {options.GmailUserQuotaUnitsPerMinute} must be between 100 and 1000000 (6000 for new projects, 15000 for legacy ones).");
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
