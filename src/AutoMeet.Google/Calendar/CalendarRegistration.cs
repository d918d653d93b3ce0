using AutoMeet.Calendars;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace AutoMeet.Google.Calendar;

/// <summary>Registers the Google Calendar adapter.</summary>
internal static class CalendarRegistration
{
    /// <summary>Adds <see cref="GoogleCalendar"/> in place of the sandbox <see cref="ICalendar"/>, its push channels and the push verifier.</summary>
    internal static IServiceCollection AddGoogleCalendar(this IServiceCollection services)
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<GoogleOptions>, CalendarOptionsValidator>());
        services.AddHttpClient(CalendarClient.HttpClientName);
        services.TryAddSingleton<CalendarClient>();
        services.TryAddSingleton<CalendarChannelTokens>();
        services.TryAddSingleton<GoogleCalendar>();
        services.TryAddSingleton<CalendarPushVerifier>();
        services.TryAddSingleton<IGoogleCalendarChannels>(sp => sp.GetRequiredService<GoogleCalendar>());
        services.Replace(ServiceDescriptor.Singleton<ICalendar>(sp => sp.GetRequiredService<GoogleCalendar>()));
        return services;
    }
}
