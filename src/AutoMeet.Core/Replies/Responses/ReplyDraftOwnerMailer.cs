using AutoMeet.Accounts;
using AutoMeet.Messaging;
using AutoMeet.Sending;
using AutoMeet.Storage;
using Microsoft.Extensions.Options;
using NodaTime.Text;

namespace AutoMeet.Replies.Responses;

/// <summary>
/// E-mails the owner a pending draft with its signed Approve &amp; send and Reject links, from and to their own mailbox,
/// exactly once per link pair (a fixed Message-ID looked up before sending). A draft decided meanwhile is not mailed.
/// The links are signed when the e-mail is written and never stored.
/// </summary>
internal sealed class ReplyDraftOwnerMailer(DraftUnits units, IMailbox mailbox, ReplyDraftTokens tokens, IOptions<SendingOptions> sending)
{
    public async Task<bool> SendAsync(Id<ReplyDraft> draftId, CancellationToken cancellationToken)
    {
        var email = await units.ReadAsync(store => ComposeAsync(store, draftId, cancellationToken)).ConfigureAwait(false);
        if (email is null)
        {
            return false;
        }

        _ = await mailbox.FindSentAsync(email.MailboxAccountId, email.RfcMessageId, cancellationToken).ConfigureAwait(false)
            ?? await mailbox.SendAsync(email, cancellationToken).ConfigureAwait(false);
        return true;
    }

    private async Task<OutgoingEmail?> ComposeAsync(IAutoMeetStore store, Id<ReplyDraft> draftId, CancellationToken cancellationToken)
    {
        var draft = await store.ReplyDrafts.FindAsync(draftId, cancellationToken).ConfigureAwait(false);
        if (draft is not { Status: ReplyDraftStatus.Pending })
        {
            return null;
        }

        var prospect = await store.Prospects.FindAsync(draft.ProspectId, cancellationToken).ConfigureAwait(false);
        var thread = await store.Threads.FindAsync(draft.ThreadId, cancellationToken).ConfigureAwait(false);
        var account = thread is null ? null : await store.MailboxAccounts.FindAsync(thread.MailboxAccountId, cancellationToken).ConfigureAwait(false);
        if (account is not { Status: AccountStatus.Connected })
        {
            var accounts = await store.MailboxAccounts.ListByOwnerAsync(draft.OwnerId, cancellationToken).ConfigureAwait(false);
            account = accounts.FirstOrDefault(a => a.Status == AccountStatus.Connected)
                ?? throw new InvalidOperationException($"Owner '{draft.OwnerId}' has no connected mailbox to send the approval e-mail of reply draft {draft.Id} from.");
        }

        if (prospect is null)
        {
            return null;
        }

        var who = ReplyDraftText.Who(prospect);
        var approve = Link(tokens.Sign(draft, ReplyDraftDecision.Approve));
        var reject = Link(tokens.Sign(draft, ReplyDraftDecision.Reject));
        var referral = draft.ReferredEmail is null ? string.Empty : $"\nApproving also adds {draft.ReferredEmail} as a prospect (linked to {who}) and enrolls them in the same campaign.\n";
        var text = $"""
            {who} replied ({ReplyDraftText.Situation(draft.Situation)}). AutoMeet drafted this answer ({draft.Generator}, confidence {draft.Confidence:P0}):

            Subject: {draft.Subject}

            {draft.Body.TrimEnd()}
            {referral}
            Approve and send it in the thread:
            {approve}

            Reject it (nothing is sent):
            {reject}

            The links work once and expire on {InstantPattern.General.Format(draft.ExpiresAt)}.
            """;
        var at = account.EmailAddress.LastIndexOf('@');
        var domain = at > 0 && at < account.EmailAddress.Length - 1 ? account.EmailAddress[(at + 1)..].ToLowerInvariant() : "automeet.invalid";
        return new OutgoingEmail
        {
            MailboxAccountId = account.Id,
            To = [new EmailAddress(account.EmailAddress, account.DisplayName)],
            Subject = $"[AutoMeet] Approve the answer to {ReplyDraftText.Name(prospect)}?",
            TextBody = text + "\n",
            RfcMessageId = $"draft-{draft.Id.Value:N}-approval-{draft.ExpiresAt.ToUnixTimeSeconds()}.am@{domain}",
            Headers = new Dictionary<string, string> { ["Auto-Submitted"] = "auto-generated" },
        };
    }

    private string Link(string token) => new Uri(sending.Value.PublicBaseUrl, "reply-drafts/" + Uri.EscapeDataString(token)).AbsoluteUri;
}
