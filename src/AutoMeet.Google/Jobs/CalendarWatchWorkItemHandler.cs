using AutoMeet.Accounts;
using AutoMeet.Google.Calendar;
using AutoMeet.Google.Internal;
using AutoMeet.Work;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace AutoMeet.Google.Jobs;

/// <summary>Opens the calendar push channels queued as <see cref="CalendarWatchWork.Kind"/> work items.</summary>
/// <remarks>
/// Channels are not stopped: each asks to live one renewal period plus <see cref="Push.GooglePushOptions.CalendarWatchOverlap"/>,
/// so it expires by itself shortly after its successor opens, and needs no stored state.
/// </remarks>
internal sealed class CalendarWatchWorkItemHandler(IGoogleCalendarChannels channels, IOptions<GoogleOptions> options, ILogger<CalendarWatchWorkItemHandler>? logger = null) : IWorkItemHandler
{
    private readonly ILogger _logger = logger ?? (ILogger)NullLogger.Instance;

    public string Kind => CalendarWatchWork.Kind;

    public async Task HandleAsync(WorkItem item, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        var (accountId, calendarId) = CalendarWatchWork.Read(item);
        if (options.Value.Push.CalendarWebhookAddress is not { } address)
        {
            return;
        }

        try
        {
            await channels.StartWatchAsync(accountId, calendarId, address, cancellationToken).ConfigureAwait(false);
        }
        catch (MailboxAuthorizationException ex)
        {
            // Disconnected meanwhile: the owner must reconnect; retrying cannot help.
            GoogleLog.CalendarWatchSkipped(_logger, accountId, ex);
        }
    }
}
