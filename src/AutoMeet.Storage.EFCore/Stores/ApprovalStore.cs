using AutoMeet.Approvals;
using AutoMeet.Meetings;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace AutoMeet.Storage.EFCore.Stores;

internal sealed class ApprovalStore(StoreSession session) : EntityStore<ApprovalRequest>(session), IApprovalStore
{
    public Task<ApprovalRequest?> FindByTokenHashAsync(string tokenHash, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(tokenHash);
        return Query.FirstOrDefaultAsync(a => a.TokenHash == tokenHash, cancellationToken);
    }

    public Task<IReadOnlyList<ApprovalRequest>> ListByMeetingAsync(Id<Meeting> meetingId, CancellationToken cancellationToken = default) =>
        ListAsync(Query.Where(a => a.MeetingId == meetingId).OrderBy(a => a.CreatedAt).ThenBy(a => a.Id), cancellationToken);

    public Task<IReadOnlyList<ApprovalRequest>> ListPendingExpiringAsync(Instant expiresBy, PageRequest page, CancellationToken cancellationToken = default) =>
        ListAsync(
            Page(Query.Where(a => a.Status == ApprovalStatus.Pending && a.ExpiresAt <= expiresBy).OrderBy(a => a.ExpiresAt).ThenBy(a => a.Id), page),
            cancellationToken);
}
