using AutoMeet.Accounts;
using AutoMeet.Messaging;
using AutoMeet.Storage;
using AutoMeet.Work;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NodaTime;

namespace AutoMeet.Notifications;

/// <summary>The default <see cref="INotificationSender"/>.</summary>
internal sealed partial class NotificationSender : INotificationSender
{
    private const int MaxAttempts = 10;
    private static readonly Duration Lease = Duration.FromMinutes(5);
    private static readonly Duration BaseDelay = Duration.FromMinutes(1);
    private readonly IMailbox _mailbox;
    private readonly INotificationWebhook? _webhook;
    private readonly INotificationPreferences _preferences;
    private readonly IClock _clock;
    private readonly ILogger _logger;
    private readonly string _owner;

    public NotificationSender(
        IMailbox mailbox, IClock clock, IOptions<AutoMeetOptions> options, IEnumerable<INotificationWebhook> webhooks, INotificationPreferences preferences, ILoggerFactory? loggerFactory = null)
    {
        ArgumentNullException.ThrowIfNull(preferences);
        _preferences = preferences;
        ArgumentNullException.ThrowIfNull(mailbox);
        ArgumentNullException.ThrowIfNull(clock);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(webhooks);
        _mailbox = mailbox;
        _clock = clock;
        _webhook = webhooks.LastOrDefault();
        _logger = (loggerFactory ?? NullLoggerFactory.Instance).CreateLogger<NotificationSender>();
        var name = options.Value.WorkerName;
        _owner = (string.IsNullOrWhiteSpace(name) ? $"{Environment.MachineName}-{Environment.ProcessId}" : name) + "-notify-" + Guid.NewGuid().ToString("N")[..8];
    }

    public async Task<NotificationDeliveryReport> DeliverDueAsync(IAutoMeetStore store, int maxItems = 500, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxItems);
        var report = new NotificationDeliveryReport(0, 0, 0, 0);
        var handled = 0;
        while (handled < maxItems && !cancellationToken.IsCancellationRequested)
        {
            var claimed = await store.Notifications.ClaimDueAsync(new LeaseClaim(_owner, Math.Min(50, maxItems - handled), Lease), cancellationToken).ConfigureAwait(false);
            if (claimed.Count == 0)
            {
                break;
            }

            foreach (var notification in claimed)
            {
                handled++;
                report = await DeliverOneAsync(store, notification, report, cancellationToken).ConfigureAwait(false);
            }
        }

        return report;
    }

    private async Task<NotificationDeliveryReport> DeliverOneAsync(IAutoMeetStore store, Notification notification, NotificationDeliveryReport report, CancellationToken cancellationToken)
    {
        try
        {
            var preference = await _preferences.GetAsync(notification.OwnerId, notification.Kind, notification.Channel, cancellationToken).ConfigureAwait(false);
            if (!preference.Enabled)
            {
                await store.Notifications.CompleteAsync(notification.Id, _owner, CancellationToken.None).ConfigureAwait(false);
                Skipped(_logger, notification.Id.Value, notification.Kind);
                return report with { Skipped = report.Skipped + 1 };
            }

            var problem = preference.Channel switch
            {
                NotificationChannel.Email => await SendEmailAsync(store, notification, cancellationToken).ConfigureAwait(false),
                NotificationChannel.Webhook when _webhook is not null => await CallWebhookAsync(notification, cancellationToken).ConfigureAwait(false),
                NotificationChannel.Webhook => "no INotificationWebhook is registered",
                _ => $"unknown channel {notification.Channel}",
            };
            if (problem is null)
            {
                await store.Notifications.CompleteAsync(notification.Id, _owner, CancellationToken.None).ConfigureAwait(false);
                Delivered(_logger, notification.Id.Value, notification.Kind);
                return report with { Delivered = report.Delivered + 1 };
            }

            return await RetryOrGiveUpAsync(store, notification, problem, report).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            Failed(_logger, notification.Id.Value, notification.Attempts, exception);
            return await RetryOrGiveUpAsync(store, notification, exception.GetType().Name, report).ConfigureAwait(false);
        }
    }

    private async Task<NotificationDeliveryReport> RetryOrGiveUpAsync(IAutoMeetStore store, Notification notification, string problem, NotificationDeliveryReport report)
    {
        if (notification.Attempts >= MaxAttempts)
        {
            await store.Notifications.CompleteAsync(notification.Id, _owner, CancellationToken.None).ConfigureAwait(false);
            GaveUp(_logger, notification.Id.Value, notification.Attempts, problem);
            return report with { GivenUp = report.GivenUp + 1 };
        }

        var delay = BaseDelay * Math.Pow(2, Math.Min(notification.Attempts - 1, 10));
        await store.Notifications.RetryLaterAsync(notification.Id, _owner, _clock.GetCurrentInstant() + delay, problem, CancellationToken.None).ConfigureAwait(false);
        return report with { Deferred = report.Deferred + 1 };
    }

    /// <summary>Sends the notification to the owner from the owner's own mailbox; returns why not, or <see langword="null"/> when sent.</summary>
    private async Task<string?> SendEmailAsync(IAutoMeetStore store, Notification notification, CancellationToken cancellationToken)
    {
        var mailboxes = await store.MailboxAccounts.ListByOwnerAsync(notification.OwnerId, cancellationToken).ConfigureAwait(false);
        var mailbox = mailboxes.FirstOrDefault(m => m.Status == AccountStatus.Connected);
        if (mailbox is null)
        {
            return "the owner has no connected mailbox to send the notification from";
        }

        var at = mailbox.EmailAddress.LastIndexOf('@');
        var messageId = $"notification-{notification.Id.Value:N}@{(at > 0 ? mailbox.EmailAddress[(at + 1)..] : "automeet.invalid")}";
        if (notification.Attempts > 1 && await _mailbox.FindSentAsync(mailbox.Id, messageId, cancellationToken).ConfigureAwait(false) is not null)
        {
            return null; // sent before a crash or a lost response
        }

        await _mailbox.SendAsync(
            new OutgoingEmail
            {
                MailboxAccountId = mailbox.Id,
                To = [new EmailAddress(mailbox.EmailAddress, mailbox.DisplayName)],
                Subject = "[AutoMeet] " + notification.Subject,
                TextBody = notification.Body,
                RfcMessageId = messageId,
                Headers = new Dictionary<string, string> { ["Auto-Submitted"] = "auto-generated" },
            },
            cancellationToken).ConfigureAwait(false);
        return null;
    }

    private async Task<string?> CallWebhookAsync(Notification notification, CancellationToken cancellationToken)
    {
        await _webhook!.DeliverAsync(notification, cancellationToken).ConfigureAwait(false);
        return null;
    }

    [LoggerMessage(EventId = 1530, EventName = "NotificationDelivered", Level = LogLevel.Debug, Message = "Delivered notification {NotificationId} ({Kind}).")]
    private static partial void Delivered(ILogger logger, Guid notificationId, string kind);

    [LoggerMessage(EventId = 1531, EventName = "NotificationFailed", Level = LogLevel.Warning, Message = "Delivering notification {NotificationId} failed (attempt {Attempts}); it is retried.")]
    private static partial void Failed(ILogger logger, Guid notificationId, int attempts, Exception exception);

    [LoggerMessage(EventId = 1533, EventName = "NotificationSkipped", Level = LogLevel.Debug, Message = "Skipped notification {NotificationId} ({Kind}): the owner turned this alert off.")]
    private static partial void Skipped(ILogger logger, Guid notificationId, string kind);

    [LoggerMessage(EventId = 1532, EventName = "NotificationGivenUp", Level = LogLevel.Error, Message = "Gave up on notification {NotificationId} after {Attempts} attempts: {Problem}.")]
    private static partial void GaveUp(ILogger logger, Guid notificationId, int attempts, string problem);
}
