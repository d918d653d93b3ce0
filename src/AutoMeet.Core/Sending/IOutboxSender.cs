using AutoMeet.Storage;

namespace AutoMeet.Sending;

/// <summary>
/// Sends due outbox rows exactly once: claims them with a lease (one in flight per mailbox), re-checks that each may
/// still go out, looks a retried row up at the mailbox by its Message-ID before sending it again, sends, and records
/// the send (outbox row, thread and message, event, enrollment) in one transaction.
/// </summary>
public interface IOutboxSender
{
    /// <summary>Claims and sends due rows until none is due, or <paramref name="maxRows"/> have been handled.</summary>
    /// <param name="store">The store of the current scope.</param>
    /// <param name="maxRows">The most rows to handle in this run.</param>
    /// <param name="cancellationToken">Cancels the run between rows; a send in flight is finished and recorded first.</param>
    /// <returns>What the run did.</returns>
    Task<OutboxSendReport> SendDueAsync(IAutoMeetStore store, int maxRows = 1000, CancellationToken cancellationToken = default);
}
