using System.Globalization;
using AutoMeet.Accounts;
using AutoMeet.Messaging;
using NodaTime;

namespace AutoMeet.Sandbox;

/// <summary>
/// An in-process mailbox that implements <see cref="IMailbox"/> without any provider: sent mail is kept and can be
/// listed, and simulated prospects can reply. Used by the samples (no credentials needed) and by tests.
/// </summary>
/// <remarks>Thread-safe. Everything is kept in memory for the lifetime of the instance.</remarks>
public sealed class SandboxMailbox : IMailbox
{
    private readonly IClock _clock;
    private readonly Lock _gate = new();
    private readonly List<SandboxSentEmail> _sent = [];
    private readonly Dictionary<Id<MailboxAccount>, List<InboundEmail>> _inboxes = [];
    private long _nextId;

    /// <summary>Initializes a new instance of the <see cref="SandboxMailbox"/> class.</summary>
    /// <param name="clock">The clock that stamps sent and received mail.</param>
    /// <exception cref="ArgumentNullException"><paramref name="clock"/> is <see langword="null"/>.</exception>
    public SandboxMailbox(IClock clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        _clock = clock;
    }

    /// <inheritdoc/>
    public Task<SentEmail> SendAsync(OutgoingEmail email, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(email);
        ArgumentException.ThrowIfNullOrWhiteSpace(email.RfcMessageId);
        if (email.To.Count == 0)
        {
            throw new ArgumentException("An e-mail needs at least one recipient (OutgoingEmail.To is empty).", nameof(email));
        }

        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            var threadId = email.ProviderThreadId ?? NewId("sbx-thr-");
            var sent = new SentEmail(NewId("sbx-msg-"), threadId, email.RfcMessageId, _clock.GetCurrentInstant());
            _sent.Add(new SandboxSentEmail(email, sent));
            return Task.FromResult(sent);
        }
    }

    /// <inheritdoc/>
    public Task<SentEmail?> FindSentAsync(Id<MailboxAccount> mailboxAccountId, string rfcMessageId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(rfcMessageId);
        lock (_gate)
        {
            var match = _sent.Find(s => s.Email.MailboxAccountId == mailboxAccountId && s.Email.RfcMessageId == rfcMessageId);
            return Task.FromResult(match?.Result);
        }
    }

    /// <inheritdoc/>
    /// <remarks>The sandbox's cursor is the number of messages the mailbox had received; it never expires.</remarks>
    /// <exception cref="ArgumentException"><paramref name="cursor"/> is not a cursor this mailbox returned.</exception>
    public Task<MailboxChanges> GetChangesAsync(Id<MailboxAccount> mailboxAccountId, string? cursor, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            var inbox = _inboxes.GetValueOrDefault(mailboxAccountId) ?? [];
            var position = inbox.Count;
            if (cursor is null)
            {
                return Task.FromResult(new MailboxChanges([], Format(position), IsFullResync: false));
            }

            if (!int.TryParse(cursor, NumberStyles.None, CultureInfo.InvariantCulture, out var from) || from > position)
            {
                throw new ArgumentException($"'{cursor}' is not a cursor of this sandbox mailbox (expected a number up to {position}).", nameof(cursor));
            }

            return Task.FromResult(new MailboxChanges(inbox.GetRange(from, position - from), Format(position), IsFullResync: false));
        }
    }

    /// <summary>Lists every e-mail sent so far, oldest first, optionally for one mailbox only.</summary>
    /// <param name="mailboxAccountId">The mailbox, or <see langword="null"/> for all.</param>
    /// <returns>The sent e-mails with what the sandbox recorded for each.</returns>
    public IReadOnlyList<SandboxSentEmail> ListSent(Id<MailboxAccount>? mailboxAccountId = null)
    {
        lock (_gate)
        {
            return mailboxAccountId is { } id ? _sent.FindAll(s => s.Email.MailboxAccountId == id) : [.. _sent];
        }
    }

    /// <summary>
    /// Simulates a reply from a recipient of a sent e-mail: the reply lands in the sending mailbox, in the same
    /// thread, with <c>In-Reply-To</c> and <c>References</c> set as a real mail client would.
    /// </summary>
    /// <param name="original">What <see cref="SendAsync"/> returned for the e-mail being answered.</param>
    /// <param name="from">The replying address; must be one of the original recipients.</param>
    /// <param name="body">The reply's plain-text body.</param>
    /// <param name="headers">Extra headers (for example <c>Auto-Submitted</c>), if any.</param>
    /// <returns>The inbound e-mail as it will be returned by <see cref="GetChangesAsync"/>.</returns>
    /// <exception cref="ArgumentException">The original e-mail was not sent by this mailbox, or <paramref name="from"/> was not a recipient.</exception>
    public InboundEmail SimulateReply(SentEmail original, string from, string body, IReadOnlyDictionary<string, string>? headers = null)
    {
        ArgumentNullException.ThrowIfNull(original);
        ArgumentException.ThrowIfNullOrWhiteSpace(from);
        ArgumentNullException.ThrowIfNull(body);
        lock (_gate)
        {
            var sent = _sent.Find(s => s.Result.ProviderMessageId == original.ProviderMessageId)
                ?? throw new ArgumentException($"Message {original.ProviderMessageId} was not sent by this sandbox mailbox.", nameof(original));
            var recipient = sent.Email.To.FirstOrDefault(t => string.Equals(t.Address, from, StringComparison.OrdinalIgnoreCase))
                ?? throw new ArgumentException("The replying address was not a recipient of the original e-mail.", nameof(from));

            var subject = sent.Email.Subject.StartsWith("Re:", StringComparison.OrdinalIgnoreCase) ? sent.Email.Subject : "Re: " + sent.Email.Subject;
            var reply = new InboundEmail
            {
                ProviderMessageId = NewId("sbx-msg-"),
                ProviderThreadId = sent.Result.ProviderThreadId,
                RfcMessageId = NewId("sbx-reply-") + "@sandbox.invalid",
                InReplyTo = sent.Result.RfcMessageId,
                References = [.. sent.Email.References, sent.Result.RfcMessageId],
                From = recipient,
                To = [new EmailAddress(sent.Email.MailboxAccountId.ToString() + "@sandbox.invalid")],
                Subject = subject,
                TextBody = body,
                Headers = headers ?? new Dictionary<string, string>(),
                ReceivedAt = _clock.GetCurrentInstant(),
            };
            Deliver(sent.Email.MailboxAccountId, reply);
            return reply;
        }
    }

    /// <summary>Delivers any inbound e-mail to a mailbox (for example a bounce report or an unrelated message).</summary>
    /// <param name="mailboxAccountId">The receiving mailbox.</param>
    /// <param name="email">The e-mail.</param>
    /// <exception cref="ArgumentNullException"><paramref name="email"/> is <see langword="null"/>.</exception>
    public void Deliver(Id<MailboxAccount> mailboxAccountId, InboundEmail email)
    {
        ArgumentNullException.ThrowIfNull(email);
        lock (_gate)
        {
            if (!_inboxes.TryGetValue(mailboxAccountId, out var inbox))
            {
                _inboxes[mailboxAccountId] = inbox = [];
            }

            inbox.Add(email);
        }
    }

    private static string Format(int position) => position.ToString(CultureInfo.InvariantCulture);

    private string NewId(string prefix) => prefix + (++_nextId).ToString("D6", CultureInfo.InvariantCulture);
}
