using AutoMeet.Storage;
using AutoMeet.Work;
using Microsoft.Extensions.DependencyInjection;

namespace AutoMeet.Meetings.Aftercare;

/// <summary>Handles <see cref="AftercareWork.ReminderScan"/>: plans one period's reminders in its own unit of work.</summary>
internal sealed class ReminderScanHandler(IServiceScopeFactory scopes, MeetingReminders reminders) : IWorkItemHandler
{
    public string Kind => AftercareWork.ReminderScan;

    public async Task HandleAsync(WorkItem item, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        var scope = scopes.CreateAsyncScope();
        await using (scope.ConfigureAwait(false))
        {
            await reminders.PlanAsync(scope.ServiceProvider.GetRequiredService<IAutoMeetStore>(), cancellationToken).ConfigureAwait(false);
        }
    }
}
