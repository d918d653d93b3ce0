using AutoMeet.Campaigns;
using AutoMeet.Campaigns.Enrolling;
using AutoMeet.Notifications;
using AutoMeet.Sending.Preview;
using AutoMeet.Sending.Tracking;
using AutoMeet.Work;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace AutoMeet.Sending;

/// <summary>Registers the outbox sender, the sequence scheduler, the campaign activation check and the notification sender, with their jobs.</summary>
internal static class SendingRegistration
{
    internal static IServiceCollection AddAutoMeetSending(this IServiceCollection services)
    {
        services.AddOptions<SendingOptions>().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SendingOptions>, SendingOptionsValidator>());
        services.TryAddSingleton<IHolidayProvider, NoHolidays>();
        services.TryAddSingleton<SendComposer>();
        services.TryAddSingleton<MailboxSendRateLimiter>();
        services.TryAddSingleton<IOutboxSender, OutboxSender>();
        services.TryAddSingleton<IEngagementTracker, EngagementTracker>();
        services.TryAddSingleton<ICampaignPreview, CampaignPreview>();
        services.TryAddSingleton<ISequenceScheduler, SequenceScheduler>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IAutoMeetJob, SequenceSchedulingJob>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IAutoMeetJob, OutboxSendJob>());
        services.TryAddSingleton<IEnrollmentService, EnrollmentService>();
        services.TryAddSingleton<ICampaignControl, CampaignControl>();
        services.TryAddSingleton<ICampaignStatusTracker, CampaignStatusTracker>();
        services.TryAddSingleton<ICampaignActivator, CampaignActivator>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IAutoMeetJob, CampaignActivationJob>());
        services.AddOptions<NotificationOptions>();
        services.TryAddSingleton<INotificationPreferences, OptionsNotificationPreferences>();
        services.TryAddSingleton<INotificationSender, NotificationSender>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IAutoMeetJob, NotificationDeliveryJob>());
        return services;
    }
}
