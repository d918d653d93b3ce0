using AutoMeet.Work;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace AutoMeet.Sending;

/// <summary>Registers the outbox sender, the sequence scheduler and their jobs.</summary>
internal static class SendingRegistration
{
    internal static IServiceCollection AddAutoMeetSending(this IServiceCollection services)
    {
        services.AddOptions<SendingOptions>().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SendingOptions>, SendingOptionsValidator>());
        services.TryAddSingleton<IHolidayProvider, NoHolidays>();
        services.TryAddSingleton<SendComposer>();
        services.TryAddSingleton<IOutboxSender, OutboxSender>();
        services.TryAddSingleton<ISequenceScheduler, SequenceScheduler>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IAutoMeetJob, SequenceSchedulingJob>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IAutoMeetJob, OutboxSendJob>());
        return services;
    }
}
