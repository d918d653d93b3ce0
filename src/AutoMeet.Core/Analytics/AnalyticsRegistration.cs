using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AutoMeet.Analytics;

/// <summary>Registers the store-backed analytics service.</summary>
internal static class AnalyticsRegistration
{
    /// <summary>Adds <see cref="ICampaignAnalytics"/> and <see cref="Exports.ICampaignCsvExporter"/> (singletons that opens a store scope per call, so it builds without a store); every registration is <c>TryAdd</c>.</summary>
    /// <param name="services">The service collection.</param>
    /// <returns>The same service collection, for chaining.</returns>
    internal static IServiceCollection AddCampaignAnalytics(this IServiceCollection services)
    {
        services.TryAddSingleton<ICampaignAnalytics, CampaignAnalytics>();
        services.TryAddSingleton<Exports.ICampaignCsvExporter, Exports.CampaignCsvExporter>();
        return services;
    }
}
