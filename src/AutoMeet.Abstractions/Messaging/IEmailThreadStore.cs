using AutoMeet.Accounts;
using AutoMeet.Prospects;
using AutoMeet.Storage;

namespace AutoMeet.Messaging;

/// <summary>Stores tracked threads and their messages. Deleting a thread deletes its messages.</summary>
public interface IEmailThreadStore : IEntityStore<EmailThread>
{
    /// <summary>Finds a thread by the provider's thread id within a mailbox.</summary>
    /// <param name="mailboxAccountId">The mailbox.</param>
    /// <param name="providerThreadId">The provider's thread id.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The thread with its messages, or <see langword="null"/>.</returns>
    Task<EmailThread?> FindByProviderThreadIdAsync(Id<MailboxAccount> mailboxAccountId, string providerThreadId, CancellationToken cancellationToken = default);

    /// <summary>Finds the thread that holds a message with the given RFC 5322 Message-ID within a mailbox.</summary>
    /// <param name="mailboxAccountId">The mailbox.</param>
    /// <param name="rfcMessageId">The Message-ID, without angle brackets.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The thread with its messages, or <see langword="null"/>.</returns>
    Task<EmailThread?> FindByMessageIdAsync(Id<MailboxAccount> mailboxAccountId, string rfcMessageId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Appends a message to its thread and moves the thread's last-message instants forward. Idempotent: a message
    /// whose Message-ID the thread already has is not added again.
    /// </summary>
    /// <param name="message">The message; <see cref="EmailMessage.ThreadId"/> names the thread.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns><see langword="true"/> if the message was added; <see langword="false"/> if the thread already had it.</returns>
    /// <exception cref="KeyNotFoundException">The thread does not exist.</exception>
    Task<bool> AppendMessageAsync(EmailMessage message, CancellationToken cancellationToken = default);

    /// <summary>Lists a prospect's threads, oldest first.</summary>
    /// <param name="prospectId">The prospect.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The threads with their messages.</returns>
    Task<IReadOnlyList<EmailThread>> ListByProspectAsync(Id<Prospect> prospectId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Redacts the bodies of up to <paramref name="maxItems"/> messages that occurred before
    /// <paramref name="occurredBefore"/>, oldest first: the retention of message content. <see cref="EmailMessage.BodyText"/>
    /// becomes <see langword="null"/> (the redacted state); ids, Message-ID, In-Reply-To, addresses, subject and instants
    /// stay, so threading and de-duplication keep working. Inbound messages without a reply decision (not yet processed)
    /// keep their body, and the thread's version moves on, so an update from a copy read before the redaction conflicts
    /// instead of writing the body back.
    /// </summary>
    /// <param name="occurredBefore">The cut-off (exclusive).</param>
    /// <param name="maxItems">The most messages redacted by this call (1 to <see cref="Work.LeaseClaim.MaxBatch"/>).</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>How many messages were redacted (those without a body are not counted).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxItems"/> is out of range.</exception>
    Task<int> RedactBodiesAsync(NodaTime.Instant occurredBefore, int maxItems, CancellationToken cancellationToken = default);
}
