using AutoMeet.Accounts;
using AutoMeet.Messaging;
using AutoMeet.Prospects;

namespace AutoMeet.Storage.Conformance.Tests.InMemory.Stores;

internal sealed class EmailThreadStore(InMemoryAutoMeetStore session) : InMemoryEntityStore<EmailThread>(session), IEmailThreadStore
{
    public Task<EmailThread?> FindByProviderThreadIdAsync(Id<MailboxAccount> mailboxAccountId, string providerThreadId, CancellationToken cancellationToken = default) =>
        Session.ReadAsync(
            t => EntityCopy.OrNull(t.Threads.Rows.SingleOrDefault(x => x.MailboxAccountId == mailboxAccountId && x.ProviderThreadId == providerThreadId)),
            cancellationToken);

    public Task<EmailThread?> FindByMessageIdAsync(Id<MailboxAccount> mailboxAccountId, string rfcMessageId, CancellationToken cancellationToken = default) =>
        Session.ReadAsync(
            t => EntityCopy.OrNull(t.Threads.Rows
                .Where(x => x.MailboxAccountId == mailboxAccountId && x.Messages.Any(m => m.RfcMessageId == rfcMessageId))
                .OrderBy(x => x.CreatedAt)
                .FirstOrDefault()),
            cancellationToken);

    public Task<bool> AppendMessageAsync(EmailMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        var now = Session.Now;
        return Session.WriteAsync(
            t =>
            {
                var stored = t.Threads.Get(message.ThreadId) ?? throw new KeyNotFoundException($"Thread {message.ThreadId} does not exist.");
                if (stored.Messages.Any(m => m.RfcMessageId == message.RfcMessageId))
                {
                    return false;
                }

                var thread = EntityCopy.Of(stored);
                var added = EntityCopy.Of(message);
                added.CreatedAt = now;
                added.UpdatedAt = now;
                added.Version = 1;
                thread.Messages.Add(added);
                thread.LastMessageAt = Later(thread.LastMessageAt, added.OccurredAt);
                if (added.Direction == MessageDirection.Inbound)
                {
                    thread.LastInboundAt = Later(thread.LastInboundAt, added.OccurredAt);
                }

                Normalize(thread);
                CheckUnique(t, thread);
                t.Threads.Put(thread);
                return true;
            },
            cancellationToken);
    }

    public Task<IReadOnlyList<EmailThread>> ListByProspectAsync(Id<Prospect> prospectId, CancellationToken cancellationToken = default) =>
        Session.ReadAsync(t => EntityCopy.All(InCreationOrder(t.Threads.Rows.Where(x => x.ProspectId == prospectId))), cancellationToken);

    public Task<int> RedactBodiesAsync(NodaTime.Instant occurredBefore, int maxItems, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxItems);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(maxItems, Work.LeaseClaim.MaxBatch);
        var now = Session.Now;
        return Session.WriteAsync(
            t =>
            {
                var decided = t.ReplyDecisions.Rows.Select(d => d.MessageId).ToHashSet();
                var doomed = t.Threads.Rows
                    .SelectMany(thread => thread.Messages)
                    .Where(m => m.BodyText is not null && m.OccurredAt < occurredBefore && (m.Direction == MessageDirection.Outbound || decided.Contains(m.Id)))
                    .OrderBy(m => m.OccurredAt).ThenBy(m => m.Id)
                    .Take(maxItems)
                    .ToList();
                foreach (var group in doomed.GroupBy(m => m.ThreadId))
                {
                    var ids = group.Select(m => m.Id).ToHashSet();
                    var thread = EntityCopy.Of(t.Threads.Get(group.Key)!);
                    foreach (var message in thread.Messages.Where(m => ids.Contains(m.Id)))
                    {
                        message.BodyText = null;
                        message.Version++;
                        message.UpdatedAt = now;
                    }

                    thread.Version++;
                    thread.UpdatedAt = now;
                    t.Threads.Put(thread);
                }

                return doomed.Count;
            },
            cancellationToken);
    }

    protected override void OnDeleting(InMemoryTables tables, EmailThread row)
    {
        var decisions = tables.ReplyDecisions.Rows.Where(d => d.ThreadId == row.Id).Select(d => d.Id).ToHashSet();
        tables.ReplyDrafts.RemoveWhere(d => d.ThreadId == row.Id || decisions.Contains(d.DecisionId));
        tables.ReplyDecisions.RemoveWhere(d => d.ThreadId == row.Id);
    }

    protected override Table<EmailThread> TableOf(InMemoryTables tables) => tables.Threads;

    protected override void Normalize(EmailThread row)
    {
        var ordered = row.Messages.OrderBy(m => m.OccurredAt).ThenBy(m => m.Id).ToList();
        row.Messages.Clear();
        foreach (var message in ordered)
        {
            message.ThreadId = row.Id;
            row.Messages.Add(message);
        }
    }

    protected override void CheckUnique(InMemoryTables tables, EmailThread row)
    {
        Unique(
            row.ProviderThreadId is not null && tables.Threads.Rows.Any(x => x.Id != row.Id && x.MailboxAccountId == row.MailboxAccountId && x.ProviderThreadId == row.ProviderThreadId),
            $"mailbox {row.MailboxAccountId} already tracks that provider thread.");
        Unique(row.Messages.DistinctBy(m => m.RfcMessageId).Count() != row.Messages.Count, "two messages of the thread share a Message-ID.");
        var messageIds = row.Messages.Select(m => m.Id).ToHashSet();
        Unique(messageIds.Count != row.Messages.Count, "two messages share an id.");
        Unique(tables.Threads.Rows.Any(x => x.Id != row.Id && x.Messages.Any(m => messageIds.Contains(m.Id))), "a message id belongs to another thread.");
    }

    private static NodaTime.Instant Later(NodaTime.Instant? current, NodaTime.Instant candidate) =>
        current is { } c && c > candidate ? c : candidate;
}
