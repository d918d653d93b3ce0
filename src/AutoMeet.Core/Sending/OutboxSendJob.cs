using AutoMeet.Storage;
using AutoMeet.Work;
using Microsoft.Extensions.DependencyInjection;

namespace AutoMeet.Sending;

/// <summary>The job that sends due outbox rows (run it every minute or few; several workers may run it at once).</summary>
internal sealed class OutboxSendJob(IOutboxSender sender) : IAutoMeetJob
{
    public string Name => "outbox-send";

    public Task RunAsync(IServiceProvider scopedServices, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scopedServices);
        return sender.SendDueAsync(scopedServices.GetRequiredService<IAutoMeetStore>(), cancellationToken: cancellationToken);
    }
}
