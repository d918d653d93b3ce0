using AutoMeet.Messaging;
using AutoMeet.Sandbox;

namespace AutoMeet.Core.Tests.Sending;

/// <summary>Wraps the sandbox mailbox to fail a send before it reaches the provider, or after the provider accepted it.</summary>
internal sealed class FlakyMailbox
{
    public bool FailNextSendBefore { get; set; }

    public bool FailNextSendAfter { get; set; }

    public IMailbox Wrap(SandboxMailbox inner) => new Wrapper(this, inner);

    private sealed class Wrapper(FlakyMailbox owner, SandboxMailbox inner) : IMailbox
    {
        public async Task<SentEmail> SendAsync(OutgoingEmail email, CancellationToken cancellationToken = default)
        {
            if (owner.FailNextSendBefore)
            {
                owner.FailNextSendBefore = false;
                throw new HttpRequestException("connection reset");
            }

            var sent = await inner.SendAsync(email, cancellationToken);
            if (owner.FailNextSendAfter)
            {
                owner.FailNextSendAfter = false;
                throw new TimeoutException("response lost");
            }

            return sent;
        }

        public Task<SentEmail?> FindSentAsync(Id<AutoMeet.Accounts.MailboxAccount> mailboxAccountId, string rfcMessageId, CancellationToken cancellationToken = default) =>
            inner.FindSentAsync(mailboxAccountId, rfcMessageId, cancellationToken);

        public Task<MailboxChanges> GetChangesAsync(Id<AutoMeet.Accounts.MailboxAccount> mailboxAccountId, string? cursor, CancellationToken cancellationToken = default) =>
            inner.GetChangesAsync(mailboxAccountId, cursor, cancellationToken);
    }
}
