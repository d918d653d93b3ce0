using AutoMeet.Sequences.Distribution.Internal;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace AutoMeet.Sequences.Distribution;

/// <summary>Registers the daily outreach distributor, its validated options and the campaign dry run.</summary>
internal static class DistributionRegistration
{
    /// <summary>Adds <see cref="IOutreachDistributor"/>, <see cref="DistributionOptions"/> (validated on start) and <see cref="CampaignDryRun"/>; every registration is <c>TryAdd</c>.</summary>
    /// <param name="services">The service collection.</param>
    /// <returns>The same service collection, for chaining.</returns>
    internal static IServiceCollection AddOutreachDistribution(this IServiceCollection services)
    {
        services.AddOptions<DistributionOptions>().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<DistributionOptions>, DistributionOptionsValidator>());
        services.TryAddSingleton<IOutreachDistributor, OutreachDistributor>();
        services.TryAddSingleton<CampaignDryRun>();
        return services;
    }
}
