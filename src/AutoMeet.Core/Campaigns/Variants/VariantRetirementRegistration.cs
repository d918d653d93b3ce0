using AutoMeet.Work;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace AutoMeet.Campaigns.Variants;

/// <summary>Registers automatic variant retirement: its validated options, the service, the job that queues runs and the handler that runs them.</summary>
internal static class VariantRetirementRegistration
{
    internal static IServiceCollection AddVariantRetirement(this IServiceCollection services)
    {
        services.AddOptions<VariantRetirementOptions>().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<VariantRetirementOptions>, VariantRetirementOptionsValidator>());
        services.TryAddSingleton<IVariantRetirement, VariantRetirementService>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IAutoMeetJob, VariantRetirementJob>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IWorkItemHandler, VariantRetirementWorkItemHandler>());
        return services;
    }
}
