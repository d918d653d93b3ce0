using System.Collections.Concurrent;
using AutoMeet.Accounts;
using AutoMeet.Replies.Pipeline;

namespace AutoMeet.Samples.Tests.Web.Google;

/// <summary>Records the mailboxes the reply pipeline was asked to process.</summary>
public sealed class RecordingReplyProcessor : IReplyProcessor, IDisposable
{
    private readonly ConcurrentQueue<Id<MailboxAccount>> _calls = new();
    private readonly SemaphoreSlim _signal = new(0);

    public IReadOnlyList<Id<MailboxAccount>> Calls => [.. _calls];

    public Task<ReplyProcessingResult> ProcessAccountAsync(Id<MailboxAccount> accountId, CancellationToken cancellationToken = default)
    {
        _calls.Enqueue(accountId);
        _signal.Release();
        return Task.FromResult(new ReplyProcessingResult());
    }

    public void Dispose() => _signal.Dispose();

    /// <summary>Waits until a call arrives (the webhook hands it to a background service), or the timeout passes.</summary>
    public Task<bool> WaitAsync(TimeSpan timeout) => _signal.WaitAsync(timeout);
}
