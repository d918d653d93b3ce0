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

    public async Task<int> RedactTextsAsync(NodaTime.Instant createdBefore, int maxItems, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxItems);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(maxItems, Work.LeaseClaim.MaxBatch);
        var ids = await Query
            .Where(d => d.CreatedAt < createdBefore
                && (d.Status == ReplyDraftStatus.Sent || d.Status == ReplyDraftStatus.Rejected || d.Status == ReplyDraftStatus.Expired)
                && (d.Body != string.Empty || d.ReferredEmail != null))
            .OrderBy(d => d.CreatedAt).ThenBy(d => d.Id)
            .Select(d => d.Id)
            .Take(maxItems)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        if (ids.Count == 0)
        {
            return 0;
        }

        var now = Session.Now();
        return await Db.Set<ReplyDraft>()
            .Where(d => ids.Contains(d.Id) && (d.Body != string.Empty || d.ReferredEmail != null))
            .ExecuteUpdateAsync(
                setters => setters
                    .SetProperty(d => d.Body, string.Empty)
                    .SetProperty(d => d.ReferredEmail, (string?)null)
                    .SetProperty(d => d.Version, d => d.Version + 1)
                    .SetProperty(d => d.UpdatedAt, now),
                cancellationToken).ConfigureAwait(false);
    }
}
