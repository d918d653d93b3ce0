using System.Globalization;
using System.Net;
using AutoMeet.Accounts;
using AutoMeet.Google.Gmail.Models;
using AutoMeet.Google.Internal;
using AutoMeet.Messaging;
using AutoMeet.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NodaTime;
using Polly.Timeout;

namespace AutoMeet.Google.Gmail;

/// <summary>
/// The Gmail adapter of <see cref="IMailbox"/>. Sends raw RFC 2822 messages (Message-ID fixed by the caller and read
/// back), finds sent mail by Message-ID, and reads new mail through <c>users.history.list</c>.
/// </summary>
/// <remarks>
/// A send whose outcome is ambiguous (5xx, timeout, connection lost) is never blindly retried: the message is first
/// looked up by its Message-ID, and only re-sent (with the same Message-ID) if Gmail does not have it.
/// </remarks>
internal sealed partial class GmailMailbox : IMailbox
{
    private static readonly string[] MessageIdHeader = ["Message-ID"];

    private readonly GmailClient _client;
    private readonly IServiceScopeFactory _scopes;
    private readonly IClock _clock;
    private readonly TimeProvider _time;
    private readonly GoogleOptions _options;
    private readonly ILogger _logger;

    public GmailMailbox(GmailClient client, IServiceScopeFactory scopes, IClock clock, TimeProvider time, IOptions<GoogleOptions> options, ILogger<GmailMailbox>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        _client = client;
        _scopes = scopes;
        _clock = clock;
        _time = time;
        _options = options.Value;
        _logger = logger ?? (ILogger)NullLogger.Instance;
    }

    public async Task<SentEmail> SendAsync(OutgoingEmail email, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(email);
        ArgumentException.ThrowIfNullOrWhiteSpace(email.RfcMessageId);
        if (email.To.Count == 0)
        {
            throw new ArgumentException("An e-mail needs at least one recipient (OutgoingEmail.To is empty).", nameof(email));
        }

        var account = await LoadAccountAsync(email.MailboxAccountId, cancellationToken).ConfigureAwait(false);
        var raw = GmailMime.BuildRaw(account, email, _clock.GetCurrentInstant());
        var requestedId = GmailMime.Unbracket(email.RfcMessageId);
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                var sent = await _client.SendMessageAsync(account.Id, raw, email.ProviderThreadId, cancellationToken).ConfigureAwait(false);
                return await ReadBackAsync(account.Id, sent, requestedId, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (IsAmbiguous(ex, cancellationToken) && attempt < _options.MaxRetryAttempts)
            {
                GoogleLog.SendOutcomeUnknown(_logger, account.Id, ex.GetType().Name);
                await Task.Delay(Backoff(attempt), _time, cancellationToken).ConfigureAwait(false);
                if (await FindSentAsync(account.Id, requestedId, cancellationToken).ConfigureAwait(false) is { } found)
                {
                    GoogleLog.SendReconciled(_logger, account.Id, found.ProviderMessageId);
                    return found;
                }
            }
        }
    }

    public async Task<SentEmail?> FindSentAsync(Id<MailboxAccount> mailboxAccountId, string rfcMessageId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(rfcMessageId);
        var id = GmailMime.Unbracket(rfcMessageId);
        var list = await _client.ListMessagesAsync(mailboxAccountId, $"in:sent rfc822msgid:{id}", pageToken: null, maxResults: 10, cancellationToken).ConfigureAwait(false);
        foreach (var candidate in list.Messages ?? [])
        {
            if (candidate.Id is null)
            {
                continue;
            }

            var metadata = await _client.GetMessageAsync(mailboxAccountId, candidate.Id, "metadata", MessageIdHeader, cancellationToken).ConfigureAwait(false);
            var used = HeaderValue(metadata, "Message-ID") is { } header ? GmailMime.Unbracket(header) : id;
            return new SentEmail(candidate.Id, metadata.ThreadId ?? candidate.ThreadId ?? string.Empty, used, InternalDate(metadata));
        }

        return null;
    }

    private async Task<SentEmail> ReadBackAsync(Id<MailboxAccount> accountId, GmailMessage sent, string requestedId, CancellationToken cancellationToken)
    {
        var messageId = sent.Id ?? throw new GmailApiException("users.messages.send", HttpStatusCode.OK, "missingId");
        try
        {
            // Gmail may keep or replace the requested Message-ID (undocumented): store the one it used.
            var metadata = await _client.GetMessageAsync(accountId, messageId, "metadata", MessageIdHeader, cancellationToken).ConfigureAwait(false);
            var used = HeaderValue(metadata, "Message-ID") is { } header ? GmailMime.Unbracket(header) : requestedId;
            return new SentEmail(messageId, sent.ThreadId ?? metadata.ThreadId ?? string.Empty, used, InternalDate(metadata));
        }
        catch (Exception ex) when (ex is GmailApiException or HttpRequestException or TimeoutRejectedException)
        {
            // The message is sent: a failed read-back must not make the caller send it again.
            GoogleLog.ReadBackFailed(_logger, messageId, accountId, ex);
            return new SentEmail(messageId, sent.ThreadId ?? string.Empty, requestedId, _clock.GetCurrentInstant());
        }
    }

    private async Task<MailboxAccount> LoadAccountAsync(Id<MailboxAccount> accountId, CancellationToken cancellationToken)
    {
        using var scope = _scopes.CreateScope();
        var store = scope.ServiceProvider.GetRequiredService<IAutoMeetStore>();
        var account = await store.MailboxAccounts.FindAsync(accountId, cancellationToken).ConfigureAwait(false)
            ?? throw new MailboxAuthorizationException(accountId, $"Mailbox account {accountId} does not exist.");
        return account.Status == AccountStatus.Disconnected
            ? throw new MailboxAuthorizationException(accountId, $"Google account {accountId} is disconnected; its owner must reconnect it.")
            : account;
    }

    private static bool IsAmbiguous(Exception ex, CancellationToken cancellationToken) => ex switch
    {
        GmailApiException api => (int)api.StatusCode >= 500,
        TimeoutRejectedException or HttpRequestException => true,
        TaskCanceledException => !cancellationToken.IsCancellationRequested,
        _ => false,
    };

    private TimeSpan Backoff(int attempt) => _options.RetryBaseDelay * Math.Pow(2, attempt);

    private static string? HeaderValue(GmailMessage message, string name) =>
        message.Payload?.Headers?.FirstOrDefault(h => string.Equals(h.Name, name, StringComparison.OrdinalIgnoreCase))?.Value;

    private Instant InternalDate(GmailMessage message) =>
        long.TryParse(message.InternalDate, NumberStyles.None, CultureInfo.InvariantCulture, out var ms)
            ? Instant.FromUnixTimeMilliseconds(ms)
            : _clock.GetCurrentInstant();
}
