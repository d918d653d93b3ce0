using AutoMeet.Google.Jobs;
using AutoMeet.Google.People;
using AutoMeet.Work;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace AutoMeet.Google.Push;

/// <summary>Registers push verification, the token-refresh and watch-renewal jobs, and the People contact lookup.</summary>
internal static class PushRegistration
{
    internal static IServiceCollection AddGooglePushAndJobs(this IServiceCollection services)
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<GoogleOptions>, PushOptionsValidator>());
        services.TryAddSingleton<PubSubPushVerifier>();

        services.TryAddEnumerable(ServiceDescriptor.Singleton<IAutoMeetJob, GoogleTokenRefreshJob>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IAutoMeetJob, GoogleWatchRenewalJob>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IWorkItemHandler, CalendarWatchWorkItemHandler>());

        services.AddHttpClient(PeopleClient.HttpClientName);
        services.TryAddSingleton<PeopleClient>();
        services.TryAddSingleton<IContactLookup, GooglePeopleContactLookup>();
        return services;
    }
}
