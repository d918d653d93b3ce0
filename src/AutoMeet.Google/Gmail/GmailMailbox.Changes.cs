using System.Globalization;
using System.Net;
using AutoMeet.Accounts;
using AutoMeet.Google.Gmail.Models;
using AutoMeet.Google.Internal;
using AutoMeet.Messaging;
using NodaTime;

namespace AutoMeet.Google.Gmail;

/// <summary>Reading new mail: history from a cursor, and the bounded re-sync when the cursor is too old.</summary>
internal sealed partial class GmailMailbox
{
    private static readonly string[] NoHeaders = [];

    /// <inheritdoc/>
    /// <remarks>
    /// The cursor is Gmail's <c>historyId</c>. A cursor Gmail rejects as too old (404) yields a bounded re-sync: the
    /// received messages of the last <see cref="GoogleOptions.ResyncWindow"/> (at most <see cref="GoogleOptions.ResyncMaxMessages"/>),
    /// flagged <see cref="MailboxChanges.IsFullResync"/>; it may repeat messages already seen, so callers de-duplicate by
    /// <see cref="InboundEmail.ProviderMessageId"/>.
    /// </remarks>
    public async Task<MailboxChanges> GetChangesAsync(Id<MailboxAccount> mailboxAccountId, string? cursor, CancellationToken cancellationToken = default)
    {
        if (cursor is null)
        {
            var profile = await _client.GetProfileAsync(mailboxAccountId, cancellationToken).ConfigureAwait(false);
            return new MailboxChanges([], RequireHistoryId(profile.HistoryId, "users.getProfile"), IsFullResync: false);
        }

        var ids = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        string? pageToken = null;
        string? nextCursor;
        try
        {
            do
            {
                var page = await _client.ListHistoryAsync(mailboxAccountId, cursor, pageToken, cancellationToken).ConfigureAwait(false);
                foreach (var added in (page.History ?? []).SelectMany(h => h.MessagesAdded ?? []))
                {
                    if (added.Message is { Id: { } id } message && IsReceived(message.LabelIds) && seen.Add(id))
                    {
                        ids.Add(id);
                    }
                }

                nextCursor = page.HistoryId;
                pageToken = page.NextPageToken;
            }
            while (pageToken is not null);
        }
        catch (GmailApiException ex) when (ex.StatusCode == HttpStatusCode.NotFound)
        {
            GoogleLog.HistoryCursorExpired(_logger, mailboxAccountId, _options.ResyncWindow, _options.ResyncMaxMessages);
            return await ResyncAsync(mailboxAccountId, cancellationToken).ConfigureAwait(false);
        }

        var messages = await FetchAsync(mailboxAccountId, ids, cancellationToken).ConfigureAwait(false);
        return new MailboxChanges(messages, RequireHistoryId(nextCursor, "users.history.list"), IsFullResync: false);
    }

    private async Task<MailboxChanges> ResyncAsync(Id<MailboxAccount> accountId, CancellationToken cancellationToken)
    {
        // The cursor is taken before listing, so anything arriving meanwhile is in the next history call too (never lost).
        var profile = await _client.GetProfileAsync(accountId, cancellationToken).ConfigureAwait(false);
        var cursor = RequireHistoryId(profile.HistoryId, "users.getProfile");
        var since = _clock.GetCurrentInstant() - Duration.FromTimeSpan(_options.ResyncWindow);
        var query = "after:" + since.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture) + " -in:drafts";
        var ids = new List<string>();
        string? pageToken = null;
        do
        {
            var pageSize = Math.Min(_options.PageSize, _options.ResyncMaxMessages - ids.Count);
            var page = await _client.ListMessagesAsync(accountId, query, pageToken, pageSize, cancellationToken).ConfigureAwait(false);
            ids.AddRange((page.Messages ?? []).Select(m => m.Id).OfType<string>().Take(_options.ResyncMaxMessages - ids.Count));
            pageToken = page.NextPageToken;
        }
        while (pageToken is not null && ids.Count < _options.ResyncMaxMessages);

        var messages = await FetchAsync(accountId, ids.Distinct(StringComparer.Ordinal).ToList(), cancellationToken).ConfigureAwait(false);
        return new MailboxChanges(messages, cursor, IsFullResync: true);
    }

    private async Task<IReadOnlyList<InboundEmail>> FetchAsync(Id<MailboxAccount> accountId, List<string> ids, CancellationToken cancellationToken)
    {
        var messages = new List<InboundEmail>(ids.Count);
        foreach (var id in ids)
        {
            GmailMessage message;
            try
            {
                message = await _client.GetMessageAsync(accountId, id, "raw", NoHeaders, cancellationToken).ConfigureAwait(false);
            }
            catch (GmailApiException ex) when (ex.StatusCode == HttpStatusCode.NotFound)
            {
                GoogleLog.MessageVanished(_logger, id, accountId);
                continue;
            }

            if (message.Raw is null || !IsReceived(message.LabelIds))
            {
                continue;
            }

            messages.Add(GmailMime.Parse(id, message.ThreadId ?? string.Empty, message.Raw, InternalDate(message)));
        }

        return [.. messages.OrderBy(m => m.ReceivedAt)];
    }

    /// <summary>Received mail: not a draft, and not only sent (a message to oneself is both SENT and INBOX).</summary>
    private static bool IsReceived(IReadOnlyList<string>? labels) =>
        labels is null || (!labels.Contains("DRAFT") && (!labels.Contains("SENT") || labels.Contains("INBOX")));

    private static string RequireHistoryId(string? historyId, string operation) =>
        string.IsNullOrEmpty(historyId) ? throw new GmailApiException(operation, HttpStatusCode.OK, "missingHistoryId") : historyId;
}
