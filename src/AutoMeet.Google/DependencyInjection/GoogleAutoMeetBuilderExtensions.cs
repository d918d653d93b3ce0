using AutoMeet;
using AutoMeet.Google;
using AutoMeet.Google.Calendar;
using AutoMeet.Google.Gmail;
using AutoMeet.Google.Internal;
using AutoMeet.Google.OAuth;
using AutoMeet.Google.People;
using AutoMeet.Google.Push;
using AutoMeet.Messaging;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

#pragma warning disable IDE0130 // Extension methods live in the DI namespace so they show up without extra usings.
namespace Microsoft.Extensions.DependencyInjection;
#pragma warning restore IDE0130

/// <summary>Registers the Google adapters on an AutoMeet builder.</summary>
public static class GoogleAutoMeetBuilderExtensions
{
    /// <summary>
    /// Adds the Google integration: validated <see cref="GoogleOptions"/>, the OAuth flow (<see cref="IGoogleAuthorization"/>),
    /// the Gmail adapter, which replaces the sandbox <see cref="IMailbox"/>, and the Google Calendar adapter, which replaces
    /// the sandbox <c>ICalendar</c> (with <see cref="IGoogleCalendarChannels"/> and <see cref="CalendarPushVerifier"/> for push),
    /// the Pub/Sub push verifier (<see cref="PubSubPushVerifier"/>), the People lookup (<see cref="IContactLookup"/>), and two
    /// jobs the worker runs: <c>google-token-refresh</c> and <c>google-watch-renewal</c> (Gmail <c>users.watch</c>, calendar channels).
    /// </summary>
    /// <param name="builder">The builder returned by <c>AddAutoMeet</c>.</param>
    /// <param name="configure">Configures the options (client id and secret, redirect URI, endpoints, quotas).</param>
    /// <returns>The same builder instance, for chaining.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <remarks>
    /// Needs a store (<c>IAutoMeetStore</c>) and AutoMeet's secret protector (tokens are stored encrypted). Options are
    /// validated when the host starts. Safe to call more than once; later <paramref name="configure"/> calls add to earlier ones.
    /// </remarks>
    public static IAutoMeetBuilder AddGoogle(this IAutoMeetBuilder builder, Action<GoogleOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(configure);
        var services = builder.Services;

        services.AddOptions<GoogleOptions>().Configure(configure).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<GoogleOptions>, GoogleOptionsValidator>());
        services.AddHttpClient(GmailClient.HttpClientName);

        services.TryAddSingleton<GoogleFlowFactory>();
        services.TryAddSingleton<IGoogleTokenSource, GoogleTokenSource>();
        services.TryAddSingleton<IGoogleAuthorization, GoogleAuthorization>();
        services.TryAddSingleton<GmailClient>();
        services.TryAddSingleton<GmailMailbox>();
        services.Replace(ServiceDescriptor.Singleton<IMailbox>(sp => sp.GetRequiredService<GmailMailbox>()));
        services.AddGoogleCalendar();
        services.AddGooglePushAndJobs();
        return builder;
    }
}
