using AutoMeet.Prospects;
using AutoMeet.Replies;

namespace AutoMeet.Storage.Conformance.Tests.InMemory.Stores;

internal sealed class ReplyDraftStore(InMemoryAutoMeetStore session) : InMemoryEntityStore<ReplyDraft>(session), IReplyDraftStore
{
    public Task<ReplyDraft?> FindByDecisionAsync(Id<ReplyDecision> decisionId, CancellationToken cancellationToken = default) =>
        Session.ReadAsync(t => EntityCopy.OrNull(t.ReplyDrafts.Rows.SingleOrDefault(d => d.DecisionId == decisionId)), cancellationToken);

    public Task<ReplyDraft?> FindByTokenHashAsync(string tokenHash, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(tokenHash);
        return Session.ReadAsync(t => EntityCopy.OrNull(t.ReplyDrafts.Rows.SingleOrDefault(d => d.TokenHash == tokenHash)), cancellationToken);
    }

    public Task<IReadOnlyList<ReplyDraft>> ListByProspectAsync(Id<Prospect> prospectId, CancellationToken cancellationToken = default) =>
        Session.ReadAsync(t => EntityCopy.All(t.ReplyDrafts.Rows.Where(d => d.ProspectId == prospectId).OrderBy(d => d.CreatedAt).ThenBy(d => d.Id)), cancellationToken);

    public Task<int> RedactTextsAsync(NodaTime.Instant createdBefore, int maxItems, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxItems);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(maxItems, Work.LeaseClaim.MaxBatch);
        var now = Session.Now;
        return Session.WriteAsync(
            t =>
            {
                var doomed = t.ReplyDrafts.Rows
                    .Where(d => d.CreatedAt < createdBefore
                        && d.Status is ReplyDraftStatus.Sent or ReplyDraftStatus.Rejected or ReplyDraftStatus.Expired
                        && (d.Body.Length > 0 || d.ReferredEmail is not null))
                    .OrderBy(d => d.CreatedAt).ThenBy(d => d.Id)
                    .Take(maxItems)
                    .ToList();
                foreach (var stored in doomed)
                {
                    var draft = EntityCopy.Of(stored);
                    draft.Body = string.Empty;
                    draft.ReferredEmail = null;
                    draft.Version++;
                    draft.UpdatedAt = now;
                    t.ReplyDrafts.Put(draft);
                }

                return doomed.Count;
            },
            cancellationToken);
    }

    protected override Table<ReplyDraft> TableOf(InMemoryTables tables) => tables.ReplyDrafts;

    protected override void CheckUnique(InMemoryTables tables, ReplyDraft row)
    {
        Unique(tables.ReplyDrafts.Rows.Any(d => d.Id != row.Id && d.DecisionId == row.DecisionId), $"decision {row.DecisionId} already has a draft.");
        Unique(tables.ReplyDrafts.Rows.Any(d => d.Id != row.Id && d.TokenHash == row.TokenHash), "the token hash is already used.");
    }
}
