using AutoMeet.Storage;
using AutoMeet.Work;
using Microsoft.Extensions.DependencyInjection;

namespace AutoMeet.Notifications;

/// <summary>The notification queue's delivery as a job.</summary>
internal sealed class NotificationDeliveryJob(INotificationSender sender) : IAutoMeetJob
{
    public string Name => "notification-delivery";

    public Task RunAsync(IServiceProvider scopedServices, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scopedServices);
        return sender.DeliverDueAsync(scopedServices.GetRequiredService<IAutoMeetStore>(), cancellationToken: cancellationToken);
    }
}
