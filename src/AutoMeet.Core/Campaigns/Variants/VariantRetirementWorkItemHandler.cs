using AutoMeet.Work;

namespace AutoMeet.Campaigns.Variants;

/// <summary>Runs a queued retirement evaluation (<see cref="VariantRetirementJob.WorkKind"/>).</summary>
internal sealed class VariantRetirementWorkItemHandler(IVariantRetirement retirement) : IWorkItemHandler
{
    public string Kind => VariantRetirementJob.WorkKind;

    public Task HandleAsync(WorkItem item, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        return retirement.RunAsync(cancellationToken);
    }
}
