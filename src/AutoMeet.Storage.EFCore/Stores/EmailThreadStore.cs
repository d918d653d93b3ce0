using AutoMeet.Accounts;
using AutoMeet.Messaging;
using AutoMeet.Prospects;
using AutoMeet.Replies;
using AutoMeet.Storage.EFCore.Internal;
using AutoMeet.Storage.EFCore.Model;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace AutoMeet.Storage.EFCore.Stores;

internal sealed class EmailThreadStore(StoreSession session) : EntityStore<EmailThread>(session), IEmailThreadStore
{
    protected override IQueryable<EmailThread> Query => base.Query
        .Include(t => t.Messages.OrderBy(m => m.OccurredAt).ThenBy(m => EF.Property<int>(m, AutoMeetDbContext.OrdinalProperty)));

    public async Task<EmailThread?> FindByProviderThreadIdAsync(Id<MailboxAccount> mailboxAccountId, string providerThreadId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(providerThreadId);
        var found = await Query.Where(t => t.MailboxAccountId == mailboxAccountId && t.ProviderThreadId == providerThreadId)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return found.FirstOrDefault();
    }

    public async Task<EmailThread?> FindByMessageIdAsync(Id<MailboxAccount> mailboxAccountId, string rfcMessageId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(rfcMessageId);
        var found = await Query.Where(t => t.MailboxAccountId == mailboxAccountId && t.Messages.Any(m => m.RfcMessageId == rfcMessageId))
            .OrderBy(t => t.CreatedAt).ToListAsync(cancellationToken).ConfigureAwait(false);
        return found.FirstOrDefault();
    }

    public async Task<bool> AppendMessageAsync(EmailMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        try
        {
            return await Session.InTransactionAsync(token => AppendAsync(message, token), cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            Db.ChangeTracker.Clear();
        }
    }

    public Task<IReadOnlyList<EmailThread>> ListByProspectAsync(Id<Prospect> prospectId, CancellationToken cancellationToken = default) =>
        ListAsync(Query.Where(t => t.ProspectId == prospectId).OrderBy(t => t.CreatedAt).ThenBy(t => t.Id), cancellationToken);

    public async Task<int> RedactBodiesAsync(Instant occurredBefore, int maxItems, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxItems);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(maxItems, Work.LeaseClaim.MaxBatch);
        var decisions = Db.Set<ReplyDecision>().AsNoTracking();
        var batch = await Db.Set<EmailMessage>().AsNoTracking()
            .Where(m => m.BodyText != null && m.OccurredAt < occurredBefore
                && (m.Direction == MessageDirection.Outbound || decisions.Any(d => d.MessageId == m.Id)))
            .OrderBy(m => m.OccurredAt).ThenBy(m => m.Id)
            .Select(m => new { m.Id, m.ThreadId })
            .Take(maxItems)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        if (batch.Count == 0)
        {
            return 0;
        }

        var ids = batch.ConvertAll(m => m.Id);
        var threadIds = batch.Select(m => m.ThreadId).Distinct().ToList();
        var now = Session.Now();
        return await Session.InTransactionAsync(
            async token =>
            {
                var redacted = await Db.Set<EmailMessage>().Where(m => ids.Contains(m.Id) && m.BodyText != null).ExecuteUpdateAsync(
                    setters => setters
                        .SetProperty(m => m.BodyText, (string?)null)
                        .SetProperty(m => m.Version, m => m.Version + 1)
                        .SetProperty(m => m.UpdatedAt, now),
                    token).ConfigureAwait(false);

                // The thread is the aggregate its updates write messages through: a copy read before now must conflict.
                await Db.Set<EmailThread>().Where(t => threadIds.Contains(t.Id)).ExecuteUpdateAsync(
                    setters => setters
                        .SetProperty(t => t.Version, t => t.Version + 1)
                        .SetProperty(t => t.UpdatedAt, now),
                    token).ConfigureAwait(false);
                return redacted;
            },
            cancellationToken).ConfigureAwait(false);
    }

    protected override void Track(EmailThread entity, Instant now)
    {
        base.Track(entity, now);
        TrackNewChildren(entity.Messages, now);
    }

    protected override Task ReplaceChildrenAsync(EmailThread entity, Instant now, CancellationToken cancellationToken) =>
        ReplaceChildrenAsync(entity.Messages, m => m.ThreadId == entity.Id, m => m.ThreadId = entity.Id, now, cancellationToken);

    private async Task<bool> AppendAsync(EmailMessage message, CancellationToken cancellationToken)
    {
        var threadId = message.ThreadId;
        var messages = Db.Set<EmailMessage>().AsNoTracking().Where(m => m.ThreadId == threadId);
        if (!await Db.Set<EmailThread>().AnyAsync(t => t.Id == threadId, cancellationToken).ConfigureAwait(false))
        {
            throw new KeyNotFoundException($"EmailThread {threadId} does not exist; the message {message.Id} was not appended.");
        }

        if (await messages.AnyAsync(m => m.RfcMessageId == message.RfcMessageId, cancellationToken).ConfigureAwait(false))
        {
            return false;
        }

        var ordinal = await messages.Select(m => (int?)EF.Property<int>(m, AutoMeetDbContext.OrdinalProperty))
            .MaxAsync(cancellationToken).ConfigureAwait(false) ?? -1;
        var now = Session.Now();
        Stamp(message, now);
        Db.Entry(message).State = EntityState.Added;
        Db.Entry(message).Property(AutoMeetDbContext.OrdinalProperty).CurrentValue = ordinal + 1;
        try
        {
            await Db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (DbUpdateException exception) when (DbErrors.IsUniqueViolation(exception))
        {
            // Another writer appended the same Message-ID first (or the message id is taken): idempotent no-op.
            return false;
        }

        var occurredAt = message.OccurredAt;
        var inbound = message.Direction == MessageDirection.Inbound;
        await Db.Set<EmailThread>().Where(t => t.Id == threadId).ExecuteUpdateAsync(
            setters => setters
                .SetProperty(t => t.LastMessageAt, t => t.LastMessageAt == null || t.LastMessageAt < occurredAt ? occurredAt : t.LastMessageAt)
                .SetProperty(t => t.LastInboundAt, t => inbound && (t.LastInboundAt == null || t.LastInboundAt < occurredAt) ? occurredAt : t.LastInboundAt)
                .SetProperty(t => t.Version, t => t.Version + 1)
                .SetProperty(t => t.UpdatedAt, now),
            cancellationToken).ConfigureAwait(false);
        return true;
    }
}
