using AutoMeet.Messaging;
using AutoMeet.Prospects;
using AutoMeet.Replies;
using Microsoft.EntityFrameworkCore;

namespace AutoMeet.Storage.EFCore.Stores;

internal sealed class ReplyDecisionStore(StoreSession session) : EntityStore<ReplyDecision>(session), IReplyDecisionStore
{
    public async Task<ReplyDecision?> FindByMessageAsync(Id<EmailMessage> messageId, CancellationToken cancellationToken = default)
    {
        var found = await Query.Where(d => d.MessageId == messageId).ToListAsync(cancellationToken).ConfigureAwait(false);
        return found.FirstOrDefault();
    }

    public Task<IReadOnlyList<ReplyDecision>> ListByProspectAsync(Id<Prospect> prospectId, CancellationToken cancellationToken = default) =>
        ListAsync(Query.Where(d => d.ProspectId == prospectId).OrderBy(d => d.DecidedAt).ThenBy(d => d.Id), cancellationToken);
}
