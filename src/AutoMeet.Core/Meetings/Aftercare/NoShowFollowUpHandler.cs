using AutoMeet.Work;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace AutoMeet.Meetings.Aftercare;

/// <summary>Handles <see cref="AftercareWork.NoShowFollowUp"/>: offers a no-show prospect new times once (see <see cref="MeetingScheduler.ProposeFollowUpAsync"/>).</summary>
internal sealed class NoShowFollowUpHandler(MeetingScheduler scheduler, ILoggerFactory? loggerFactory = null) : IWorkItemHandler
{
    private readonly ILogger _logger = (loggerFactory ?? NullLoggerFactory.Instance).CreateLogger<NoShowFollowUpHandler>();

    public string Kind => AftercareWork.NoShowFollowUp;

    public async Task HandleAsync(WorkItem item, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        if (!Guid.TryParse(item.Payload, out var id))
        {
            throw new FormatException($"Work item {item.Id} of kind {item.Kind} has no meeting id.");
        }

        var outcome = await scheduler.ProposeFollowUpAsync(new Id<Meeting>(id), cancellationToken).ConfigureAwait(false);
        AftercareLog.FollowUp(_logger, id, outcome);
    }
}
