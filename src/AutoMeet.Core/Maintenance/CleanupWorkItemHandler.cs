using AutoMeet.Storage;
using AutoMeet.Work;
using Microsoft.Extensions.DependencyInjection;

namespace AutoMeet.Maintenance;

/// <summary>Runs a queued cleanup (<see cref="CleanupJob.WorkKind"/>) in its own unit of work.</summary>
internal sealed class CleanupWorkItemHandler(IServiceScopeFactory scopes, DataCleanup cleanup) : IWorkItemHandler
{
    public string Kind => CleanupJob.WorkKind;

    public async Task HandleAsync(WorkItem item, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        var scope = scopes.CreateAsyncScope();
        await using (scope.ConfigureAwait(false))
        {
            await cleanup.RunAsync(scope.ServiceProvider.GetRequiredService<IAutoMeetStore>(), cancellationToken).ConfigureAwait(false);
        }
    }
}
