using AutoMeet.Approvals;
using AutoMeet.Meetings;
using NodaTime;

namespace AutoMeet.Storage.Conformance.Tests.InMemory.Stores;

internal sealed class ApprovalStore(InMemoryAutoMeetStore session) : InMemoryEntityStore<ApprovalRequest>(session), IApprovalStore
{
    public Task<ApprovalRequest?> FindByTokenHashAsync(string tokenHash, CancellationToken cancellationToken = default) =>
        Session.ReadAsync(t => EntityCopy.OrNull(t.Approvals.Rows.SingleOrDefault(a => a.TokenHash == tokenHash)), cancellationToken);

    public Task<IReadOnlyList<ApprovalRequest>> ListByMeetingAsync(Id<Meeting> meetingId, CancellationToken cancellationToken = default) =>
        Session.ReadAsync(t => EntityCopy.All(InCreationOrder(t.Approvals.Rows.Where(a => a.MeetingId == meetingId))), cancellationToken);

    public Task<IReadOnlyList<ApprovalRequest>> ListPendingExpiringAsync(Instant expiresBy, PageRequest page, CancellationToken cancellationToken = default) =>
        Session.ReadAsync(
            t => Page(t.Approvals.Rows.Where(a => a.Status == ApprovalStatus.Pending && a.ExpiresAt <= expiresBy).OrderBy(a => a.ExpiresAt).ThenBy(a => a.Id), page),
            cancellationToken);

    protected override Table<ApprovalRequest> TableOf(InMemoryTables tables) => tables.Approvals;

    protected override void CheckUnique(InMemoryTables tables, ApprovalRequest row) =>
        Unique(tables.Approvals.Rows.Any(a => a.Id != row.Id && a.TokenHash == row.TokenHash), "the token hash is already used.");
}
