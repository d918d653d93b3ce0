using AutoMeet.Maintenance;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AutoMeet.Privacy;

/// <summary>Registers the person-data (GDPR export and erasure) service and the daily cleanup job.</summary>
internal static class PrivacyRegistration
{
    internal static IServiceCollection AddPrivacyAndMaintenance(this IServiceCollection services)
    {
        services.TryAddSingleton<IPersonDataService, PersonDataService>();
        services.AddCleanup();
        return services;
    }
}
