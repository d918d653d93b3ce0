using AutoMeet.Storage;
using AutoMeet.Work;
using Microsoft.Extensions.DependencyInjection;

namespace AutoMeet.Sending;

/// <summary>The job that plans active campaigns' next sends into the outbox (run it every few minutes).</summary>
internal sealed class SequenceSchedulingJob(ISequenceScheduler scheduler) : IAutoMeetJob
{
    public string Name => "sequence-scheduling";

    public Task RunAsync(IServiceProvider scopedServices, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scopedServices);
        return scheduler.PlanDueAsync(scopedServices.GetRequiredService<IAutoMeetStore>(), cancellationToken);
    }
}
