using AutoMeet.Events;
using AutoMeet.Work;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace AutoMeet.Webhooks;

/// <summary>Registers the domain-event stream (signal, stream, options) and the outgoing webhooks (options, HTTP client, delivery job).</summary>
internal static class WebhooksRegistration
{
    internal static IServiceCollection AddEventStreamAndWebhooks(this IServiceCollection services)
    {
        services.AddOptions<DomainEventStreamOptions>().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<DomainEventStreamOptions>, DomainEventStreamOptionsValidator>());
        services.TryAddSingleton<DomainEventSignal>();
        services.TryAddSingleton<IDomainEventNotifier>(sp => sp.GetRequiredService<DomainEventSignal>());
        services.TryAddSingleton<IDomainEventStream, DomainEventStream>();

        services.AddOptions<WebhookOptions>().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<WebhookOptions>, WebhookOptionsValidator>());
        services.AddHttpClient(WebhookOptions.HttpClientName);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IAutoMeetJob, WebhookDeliveryJob>());
        return services;
    }
}
