using Microsoft.Extensions.Options;

namespace AutoMeet.Webhooks;

/// <summary>Validates <see cref="WebhookOptions"/>; every failure names the setting (and the subscription) and what is allowed.</summary>
internal sealed class WebhookOptionsValidator : IValidateOptions<WebhookOptions>
{
    public ValidateOptionsResult Validate(string? name, WebhookOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        const string S = WebhookOptions.SectionName;
        var failures = new List<string>();
        Check(failures, options.MaxAttempts is >= 1 and <= 50, $"{S}:MaxAttempts must be between 1 and 50; got {options.MaxAttempts}.");
        Check(failures, options.BaseDelay >= TimeSpan.Zero && options.BaseDelay <= TimeSpan.FromHours(1), $"{S}:BaseDelay must be between 00:00:00 and 01:00:00; got {options.BaseDelay}.");
        Check(failures, options.MaxDelay >= options.BaseDelay && options.MaxDelay <= TimeSpan.FromDays(1), $"{S}:MaxDelay must be between BaseDelay and 1.00:00:00; got {options.MaxDelay}.");
        Check(failures, options.RequestTimeout >= TimeSpan.FromSeconds(1) && options.RequestTimeout <= TimeSpan.FromMinutes(2), $"{S}:RequestTimeout must be between 00:00:01 and 00:02:00; got {options.RequestTimeout}.");
        Check(failures, options.MaxEventsPerRun is >= 1 and <= 1000, $"{S}:MaxEventsPerRun must be between 1 and 1000; got {options.MaxEventsPerRun}.");
        Check(failures, options.LeaseDuration >= TimeSpan.FromSeconds(10) && options.LeaseDuration <= TimeSpan.FromHours(1), $"{S}:LeaseDuration must be between 00:00:10 and 01:00:00; got {options.LeaseDuration}.");
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < options.Subscriptions.Count; i++)
        {
            var subscription = options.Subscriptions[i];
            var at = $"{S}:Subscriptions:{i}";
            if (string.IsNullOrWhiteSpace(subscription.Name) || subscription.Name.Length > WebhookCursor.MaxNameLength)
            {
                failures.Add($"{at}:Name must have 1 to {WebhookCursor.MaxNameLength} characters; got '{subscription.Name}'.");
            }
            else if (!names.Add(subscription.Name))
            {
                failures.Add($"{at}:Name '{subscription.Name}' is used by another subscription; names must be unique.");
            }

            Check(failures, subscription.Url is { IsAbsoluteUri: true } url && (url.Scheme == Uri.UriSchemeHttps || url.Scheme == Uri.UriSchemeHttp), $"{at}:Url must be an absolute http or https URL; got '{subscription.Url}'.");
            Check(failures, !string.IsNullOrWhiteSpace(subscription.ProtectedSecret) || subscription.Secret is { Length: >= 16 }, $"{at}: a ProtectedSecret, or a Secret of at least 16 characters, is required.");
            Check(failures, subscription.EventTypes.All(t => !string.IsNullOrWhiteSpace(t)), $"{at}:EventTypes must not contain blank types.");
            Check(failures, subscription.OwnerId is null || (subscription.OwnerId.Length is > 0 and <= UserId.MaxLength), $"{at}:OwnerId must have 1 to {UserId.MaxLength} characters when set.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void Check(List<string> failures, bool ok, string failure)
    {
        if (!ok)
        {
            failures.Add(failure);
        }
    }
}
