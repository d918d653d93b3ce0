using AutoMeet.Messaging;
using AutoMeet.Prospects;
using AutoMeet.Replies;

namespace AutoMeet.Storage.Conformance.Tests.InMemory.Stores;

internal sealed class ReplyDecisionStore(InMemoryAutoMeetStore session) : InMemoryEntityStore<ReplyDecision>(session), IReplyDecisionStore
{
    public Task<ReplyDecision?> FindByMessageAsync(Id<EmailMessage> messageId, CancellationToken cancellationToken = default) =>
        Session.ReadAsync(t => EntityCopy.OrNull(t.ReplyDecisions.Rows.SingleOrDefault(d => d.MessageId == messageId)), cancellationToken);

    public Task<IReadOnlyList<ReplyDecision>> ListByProspectAsync(Id<Prospect> prospectId, CancellationToken cancellationToken = default) =>
        Session.ReadAsync(t => EntityCopy.All(t.ReplyDecisions.Rows.Where(d => d.ProspectId == prospectId).OrderBy(d => d.DecidedAt).ThenBy(d => d.Id)), cancellationToken);

    protected override Table<ReplyDecision> TableOf(InMemoryTables tables) => tables.ReplyDecisions;

    protected override void OnDeleting(InMemoryTables tables, ReplyDecision row) =>
        tables.ReplyDrafts.RemoveWhere(d => d.DecisionId == row.Id);

    protected override void CheckUnique(InMemoryTables tables, ReplyDecision row) =>
        Unique(
            tables.ReplyDecisions.Rows.Any(d => d.Id != row.Id && d.MessageId == row.MessageId),
            $"message {row.MessageId} already has a decision.");
}
