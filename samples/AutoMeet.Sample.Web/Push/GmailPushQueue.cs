using System.Collections.Concurrent;
using System.Threading.Channels;
using AutoMeet.Accounts;

namespace AutoMeet.Sample.Web.Push;

/// <summary>
/// Hands Gmail push notifications from the webhook to <see cref="GmailPushProcessor"/>, so the webhook acknowledges at
/// once. An account already waiting is not queued twice; when the queue is full a notification is dropped, which is
/// safe: push is lossy anyway and the worker's reply-processing job polls every mailbox.
/// </summary>
internal sealed class GmailPushQueue
{
    private const int Capacity = 1_000;
    private readonly Channel<Id<MailboxAccount>> _channel = Channel.CreateBounded<Id<MailboxAccount>>(new BoundedChannelOptions(Capacity) { SingleReader = true });
    private readonly ConcurrentDictionary<Id<MailboxAccount>, bool> _pending = new();

    /// <summary>Queues an account for processing; returns <see langword="false"/> if it was already waiting or the queue is full.</summary>
    public bool TryEnqueue(Id<MailboxAccount> accountId)
    {
        if (!_pending.TryAdd(accountId, true))
        {
            return false;
        }

        if (_channel.Writer.TryWrite(accountId))
        {
            return true;
        }

        _pending.TryRemove(accountId, out _);
        return false;
    }

    /// <summary>Waits for the next account; it may be queued again as soon as it is handed out.</summary>
    public async ValueTask<Id<MailboxAccount>> DequeueAsync(CancellationToken cancellationToken)
    {
        var accountId = await _channel.Reader.ReadAsync(cancellationToken);
        _pending.TryRemove(accountId, out _);
        return accountId;
    }
}
