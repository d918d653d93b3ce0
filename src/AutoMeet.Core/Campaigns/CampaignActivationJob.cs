using AutoMeet.Storage;
using AutoMeet.Work;
using Microsoft.Extensions.DependencyInjection;

namespace AutoMeet.Campaigns;

/// <summary>The scheduled-campaign check as a job (activations and 24-hour notices).</summary>
internal sealed class CampaignActivationJob(ICampaignActivator activator) : IAutoMeetJob
{
    public string Name => "campaign-activation";

    public Task RunAsync(IServiceProvider scopedServices, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scopedServices);
        return activator.RunAsync(scopedServices.GetRequiredService<IAutoMeetStore>(), cancellationToken);
    }
}
