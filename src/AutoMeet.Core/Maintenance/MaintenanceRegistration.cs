using AutoMeet.Work;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace AutoMeet.Maintenance;

/// <summary>Registers the daily cleanup: its validated options, the job that queues it and the handler that runs it.</summary>
internal static class MaintenanceRegistration
{
    internal static IServiceCollection AddCleanup(this IServiceCollection services)
    {
        services.AddOptions<CleanupOptions>().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<CleanupOptions>, CleanupOptionsValidator>());
        services.TryAddSingleton<DataCleanup>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IAutoMeetJob, CleanupJob>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IWorkItemHandler, CleanupWorkItemHandler>());
        return services;
    }
}
