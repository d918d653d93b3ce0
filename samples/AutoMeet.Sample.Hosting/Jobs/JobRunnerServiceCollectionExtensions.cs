using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AutoMeet.Sample.Hosting.Jobs;

/// <summary>Registers the sample hosts' job runner.</summary>
public static class JobRunnerServiceCollectionExtensions
{
    /// <summary>
    /// Adds the <see cref="JobRunner"/> as a hosted service: every <c>AutoMeet:JobInterval</c> it runs each registered
    /// AutoMeet job (sending, scheduling, reply processing, meetings, cleanup …) in its own scope.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <returns>The same services, for chaining.</returns>
    public static IServiceCollection AddAutoMeetJobRunner(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton<JobRunner>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<Microsoft.Extensions.Hosting.IHostedService, JobRunner>(sp => sp.GetRequiredService<JobRunner>()));
        return services;
    }
}
