using System.Globalization;
using AutoMeet.Accounts;
using AutoMeet.Google.Calendar;
using AutoMeet.Google.Gmail;
using AutoMeet.Google.Internal;
using AutoMeet.Storage;
using AutoMeet.Work;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NodaTime;

namespace AutoMeet.Google.Jobs;

/// <summary>
/// Keeps push notifications flowing. Gmail: calls <c>users.watch</c> (INBOX, to <see cref="Push.GooglePushOptions.GmailTopic"/>)
/// for every account whose watch is missing or expires within <see cref="Push.GooglePushOptions.GmailWatchRenewBefore"/>
/// (daily, by default) and stores the expiry on <see cref="MailboxAccount.WatchExpiresAt"/>. Calendar: queues one new
/// channel per busy calendar per renewal period (<see cref="GoogleCalendarOptions.WatchTimeToLive"/> minus
/// <see cref="Push.GooglePushOptions.CalendarWatchOverlap"/>), opened by <see cref="CalendarWatchWorkItemHandler"/> before the old one expires.
/// </summary>
/// <remarks>Runs on every job tick and does nothing until something is due. Push is lossy: the polling jobs stay the safety net.</remarks>
internal sealed class GoogleWatchRenewalJob(GmailClient gmail, IOptions<GoogleOptions> options, IClock clock, ILogger<GoogleWatchRenewalJob>? logger = null) : IAutoMeetJob
{
    private const string PrimaryCalendar = "primary";
    private static readonly string[] WatchedLabels = ["INBOX"];
    private readonly ILogger _logger = logger ?? (ILogger)NullLogger.Instance;

    public string Name => "google-watch-renewal";

    public async Task RunAsync(IServiceProvider scopedServices, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scopedServices);
        var store = scopedServices.GetRequiredService<IAutoMeetStore>();
        var push = options.Value.Push;
        int mail = 0, calendars = 0, failed = 0;
        await foreach (var account in GoogleAccounts.ListActiveAsync(store.MailboxAccounts, cancellationToken).ConfigureAwait(false))
        {
            try
            {
                if (!string.IsNullOrWhiteSpace(push.GmailTopic) && GoogleAccounts.CanWatchMail(account) && IsDue(account))
                {
                    await RenewGmailAsync(store, account, push.GmailTopic, cancellationToken).ConfigureAwait(false);
                    mail++;
                }

                if (push.CalendarWebhookAddress is not null && GoogleAccounts.CanWatchCalendar(account))
                {
                    calendars += await QueueChannelsAsync(store, account, cancellationToken).ConfigureAwait(false);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                failed++;
                GoogleLog.WatchRenewalFailed(_logger, account.Id, ex);
            }
        }

        GoogleLog.WatchRenewalRan(_logger, mail, calendars, failed);
    }

    private bool IsDue(MailboxAccount account) =>
        account.WatchExpiresAt is not { } expiresAt
        || expiresAt - clock.GetCurrentInstant() <= Duration.FromTimeSpan(options.Value.Push.GmailWatchRenewBefore);

    private async Task RenewGmailAsync(IAutoMeetStore store, MailboxAccount account, string topic, CancellationToken cancellationToken)
    {
        var response = await gmail.WatchAsync(account.Id, topic, WatchedLabels, cancellationToken).ConfigureAwait(false);

        // Re-calling watch updates the same watch, so two workers renewing at once is harmless. Gmail's historyId is
        // not stored: the cursor only moves when the reply pipeline has stored what it covers.
        var expiresAt = long.TryParse(response.Expiration, NumberStyles.None, CultureInfo.InvariantCulture, out var ms)
            ? Instant.FromUnixTimeMilliseconds(ms)
            : clock.GetCurrentInstant() + Duration.FromDays(7);
        for (var attempt = 1; ; attempt++)
        {
            account.WatchExpiresAt = expiresAt;
            try
            {
                await store.MailboxAccounts.UpdateAsync(account, cancellationToken).ConfigureAwait(false);
                break;
            }
            catch (ConcurrencyConflictException) when (attempt < 3)
            {
                // The reply pipeline or a token refresh changed the account meanwhile: apply onto the fresh copy.
                account = await store.MailboxAccounts.FindAsync(account.Id, cancellationToken).ConfigureAwait(false)
                    ?? throw new KeyNotFoundException($"Mailbox account {account.Id} was deleted while its watch was renewed.");
            }
        }

        GoogleLog.GmailWatchRenewed(_logger, account.Id, expiresAt);
    }

    private async Task<int> QueueChannelsAsync(IAutoMeetStore store, MailboxAccount account, CancellationToken cancellationToken)
    {
        var now = clock.GetCurrentInstant();
        var period = Duration.FromTimeSpan(options.Value.Calendar.WatchTimeToLive - options.Value.Push.CalendarWatchOverlap);
        var bucket = now.ToUnixTimeTicks() / period.BclCompatibleTicks;
        var settings = await store.CalendarSettings.FindByOwnerAsync(account.OwnerId, cancellationToken).ConfigureAwait(false);
        var calendarIds = settings is { BusyCalendarIds.Count: > 0 } ? settings.BusyCalendarIds : [PrimaryCalendar];
        var queued = 0;
        foreach (var calendarId in calendarIds)
        {
            if (await CalendarWatchWork.EnqueueAsync(store.WorkQueue, account.Id, calendarId, bucket, now, cancellationToken).ConfigureAwait(false))
            {
                queued++;
            }
        }

        return queued;
    }
}
