using AutoMeet.Prospects;
using AutoMeet.Replies;
using Microsoft.EntityFrameworkCore;

namespace AutoMeet.Storage.EFCore.Stores;

internal sealed class ReplyDraftStore(StoreSession session) : EntityStore<ReplyDraft>(session), IReplyDraftStore
{
    public Task<ReplyDraft?> FindByDecisionAsync(Id<ReplyDecision> decisionId, CancellationToken cancellationToken = default) =>
        Query.FirstOrDefaultAsync(d => d.DecisionId == decisionId, cancellationToken);

    public Task<ReplyDraft?> FindByTokenHashAsync(string tokenHash, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(tokenHash);
        return Query.FirstOrDefaultAsync(d => d.TokenHash == tokenHash, cancellationToken);
    }

    public Task<IReadOnlyList<ReplyDraft>> ListByProspectAsync(Id<Prospect> prospectId, CancellationToken cancellationToken = default) =>
        ListAsync(Query.Where(d => d.ProspectId == prospectId).OrderBy(d => d.CreatedAt).ThenBy(d => d.Id), cancellationToken);
}
