using AutoMeet.Accounts;

namespace AutoMeet.Messaging;

/// <summary>
/// Sends and reads e-mail of connected mailboxes (Gmail, or the sandbox).
/// </summary>
/// <remarks>
/// Implementations are safe for concurrent use. <see cref="SendAsync"/> is not idempotent by itself: before
/// retrying a send whose outcome is unknown, call <see cref="FindSentAsync"/> with the same Message-ID.
/// </remarks>
public interface IMailbox
{
    /// <summary>Sends an e-mail.</summary>
    /// <param name="email">The e-mail.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>What the provider recorded.</returns>
    Task<SentEmail> SendAsync(OutgoingEmail email, CancellationToken cancellationToken = default);

    /// <summary>Looks up a sent e-mail by the Message-ID it was sent with.</summary>
    /// <param name="mailboxAccountId">The mailbox.</param>
    /// <param name="rfcMessageId">The requested Message-ID, without angle brackets.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The sent e-mail, or <see langword="null"/> if it was never sent.</returns>
    Task<SentEmail?> FindSentAsync(Id<MailboxAccount> mailboxAccountId, string rfcMessageId, CancellationToken cancellationToken = default);

    /// <summary>Returns the messages received since a cursor.</summary>
    /// <param name="mailboxAccountId">The mailbox.</param>
    /// <param name="cursor">The cursor from the previous call, or <see langword="null"/> to start from now.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The changes and the next cursor.</returns>
    Task<MailboxChanges> GetChangesAsync(Id<MailboxAccount> mailboxAccountId, string? cursor, CancellationToken cancellationToken = default);
}
