using AutoMeet.Accounts;
using AutoMeet.Google.Calendar;
using AutoMeet.Google.Internal;
using AutoMeet.Storage;
using AutoMeet.Work;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NodaTime;

namespace AutoMeet.Google.Jobs;

/// <summary>Opens the calendar push channels queued as <see cref="CalendarWatchWork.Kind"/> work items.</summary>
/// <remarks>
/// Channels are not stopped on renewal: each asks to live one renewal period plus <see cref="Push.GooglePushOptions.CalendarWatchOverlap"/>,
/// so it expires by itself shortly after its successor opens. Each opened channel is recorded on its account
/// (<see cref="MailboxAccount.CalendarChannels"/>) so that disconnecting the account stops it; a channel that opened
/// while its account was being disconnected is stopped here at once (best effort: the token may already be revoked).
/// </remarks>
internal sealed class CalendarWatchWorkItemHandler(
    IGoogleCalendarChannels channels,
    IServiceScopeFactory scopes,
    IClock clock,
    IOptions<GoogleOptions> options,
    ILogger<CalendarWatchWorkItemHandler>? logger = null) : IWorkItemHandler
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

        CalendarWatchChannel channel;
        try
        {
            channel = await channels.StartWatchAsync(accountId, calendarId, address, cancellationToken).ConfigureAwait(false);
        }
        catch (MailboxAuthorizationException ex)
        {
            // Disconnected meanwhile: the owner must reconnect; retrying cannot help.
            GoogleLog.CalendarWatchSkipped(_logger, accountId, ex);
            return;
        }

        if (!await RecordAsync(channel, cancellationToken).ConfigureAwait(false))
        {
            await StopOrphanAsync(channel, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<bool> RecordAsync(CalendarWatchChannel channel, CancellationToken cancellationToken)
    {
        var scope = scopes.CreateAsyncScope();
        await using var scopeLifetime = scope.ConfigureAwait(false);
        var store = scope.ServiceProvider.GetRequiredService<IAutoMeetStore>();
        return await CalendarChannelRecords.RecordAsync(store, channel, clock.GetCurrentInstant(), cancellationToken).ConfigureAwait(false);
    }

    private async Task StopOrphanAsync(CalendarWatchChannel channel, CancellationToken cancellationToken)
    {
        try
        {
            await channels.StopWatchAsync(channel, cancellationToken).ConfigureAwait(false);
            GoogleLog.OrphanCalendarChannelStopped(_logger, channel.AccountId, channel.ChannelId);
        }
        catch (Exception ex) when (GoogleFailures.IsBestEffortStopFailure(ex, cancellationToken))
        {
            // Retrying cannot help once the grant is revoked; the channel expires by itself.
            GoogleLog.OrphanCalendarChannelNotStopped(_logger, channel.AccountId, channel.ChannelId, channel.Expiration, ex);
        }
    }
}
