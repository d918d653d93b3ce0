using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace AutoMeet.Google.Push;

/// <summary>Validates <see cref="GoogleOptions.Push"/> and <see cref="GoogleOptions.PeopleApiBaseUri"/> at start-up, naming the bad setting.</summary>
internal sealed partial class PushOptionsValidator : IValidateOptions<GoogleOptions>
{
    private const string S = GoogleOptions.SectionName + ":Push";

    public ValidateOptionsResult Validate(string? name, GoogleOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var push = options.Push;
        var result = new ValidateOptionsResultBuilder();
        if (push is null)
        {
            result.AddError($"{S} must not be null.");
            return result.Build();
        }

        if (!string.IsNullOrWhiteSpace(push.GmailTopic) && !TopicName().IsMatch(push.GmailTopic))
        {
            result.AddError($"{S}:GmailTopic '{push.GmailTopic}' must look like projects/<project-id>/topics/<topic>.");
        }

        if (push.CertificatesUrl is not { IsAbsoluteUri: true } certs || (certs.Scheme != Uri.UriSchemeHttps && !certs.IsLoopback))
        {
            result.AddError($"{S}:CertificatesUrl '{push.CertificatesUrl}' must be an absolute https URI (http is allowed only for loopback).");
        }

        if (push.CalendarWebhookAddress is { } hook && (!hook.IsAbsoluteUri || hook.Scheme != Uri.UriSchemeHttps))
        {
            result.AddError($"{S}:CalendarWebhookAddress '{hook}' must be an absolute https URI (Google only posts to https).");
        }

        if (options.PeopleApiBaseUri is not { IsAbsoluteUri: true } people || (people.Scheme != Uri.UriSchemeHttps && !people.IsLoopback))
        {
            result.AddError($"{GoogleOptions.SectionName}:PeopleApiBaseUri '{options.PeopleApiBaseUri}' must be an absolute https URI (http is allowed only for loopback).");
        }

        CheckRange(result, nameof(push.ClockTolerance), push.ClockTolerance, TimeSpan.Zero, TimeSpan.FromMinutes(5));
        CheckRange(result, nameof(push.GmailWatchRenewBefore), push.GmailWatchRenewBefore, TimeSpan.FromHours(1), TimeSpan.FromDays(7));
        CheckRange(result, nameof(push.TokenRefreshAhead), push.TokenRefreshAhead, TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(55));
        var ttl = options.Calendar?.WatchTimeToLive ?? TimeSpan.Zero;
        CheckRange(result, nameof(push.CalendarWatchOverlap), push.CalendarWatchOverlap, TimeSpan.FromMinutes(1), ttl / 2);
        return result.Build();
    }

    private static void CheckRange(ValidateOptionsResultBuilder result, string setting, TimeSpan value, TimeSpan min, TimeSpan max)
    {
        if (value < min || value > max)
        {
            result.AddError($"{S}:{setting} {value} must be between {min} and {max}.");
        }
    }

    [GeneratedRegex("^projects/[a-z][a-z0-9-]{4,28}[a-z0-9]/topics/[A-Za-z][A-Za-z0-9._~%+-]{2,254}$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex TopicName();
}
