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
}
