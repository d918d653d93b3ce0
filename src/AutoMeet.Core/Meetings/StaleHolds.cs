using AutoMeet.Compliance;
using AutoMeet.Meetings.Aftercare;
using AutoMeet.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using NodaTime;

namespace AutoMeet.Meetings;

/// <summary>
/// Expires stale holds (run by the daily cleanup): every proposal or meeting awaiting approval whose hold lies in the
/// past is declined through the lifecycle (a guarded, audited transition that clears the hold), so its slot is
/// released for good. Each meeting has its own transaction; one booked or moved on meanwhile is left alone.
/// </summary>
/// <remarks>
/// An expired hold already stops blocking availability at its expiry (see <see cref="SlotCheck.IsHeld"/>); this makes
/// the meeting's status say so. Pending approval requests past their expiry are <see cref="ApprovalTimeoutJob"/>'s.
/// </remarks>
internal sealed class StaleHolds
{
    private static readonly MeetingActor Cleanup = new(ActorKind.System, "cleanup");
    private readonly MeetingTransactions _units;
    private readonly IClock _clock;
    private readonly ILogger _logger;

    public StaleHolds(MeetingTransactions units, IClock clock, ILoggerFactory? loggerFactory = null)
    {
        _units = units;
        _clock = clock;
        _logger = (loggerFactory ?? NullLoggerFactory.Instance).CreateLogger<StaleHolds>();
    }

    /// <summary>Expires up to <paramref name="batchSize"/> × <paramref name="maxBatches"/> stale holds.</summary>
    /// <returns>How many were expired.</returns>
    public async Task<int> ExpireAsync(IAutoMeetStore store, int batchSize, int maxBatches, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        var expired = 0;
        for (var batch = 0; batch < maxBatches; batch++)
        {
            // Always the first page: what this loop expires leaves the list; what it skips (changed meanwhile) is counted out by the skip.
            var skipped = 0;
            var stale = await store.Meetings.ListExpiredHoldsAsync(_clock.GetCurrentInstant(), new PageRequest(0, batchSize), cancellationToken).ConfigureAwait(false);
            foreach (var meeting in stale)
            {
                if (await _units.RunAsync((unit, token) => ExpireOneAsync(unit, meeting.Id, token), cancellationToken).ConfigureAwait(false))
                {
                    expired++;
                    AftercareLog.HoldExpired(_logger, meeting.Id.Value);
                }
                else
                {
                    skipped++;
                }
            }

            if (stale.Count < batchSize || skipped == stale.Count)
            {
                break;
            }
        }

        return expired;
    }

    private async Task<bool> ExpireOneAsync(IAutoMeetStore store, Id<Meeting> meetingId, CancellationToken cancellationToken)
    {
        var meeting = await store.Meetings.FindAsync(meetingId, cancellationToken).ConfigureAwait(false);
        if (meeting is not { Status: MeetingStatus.Proposed or MeetingStatus.AwaitingApproval, HoldExpiresAt: { } expires } || expires >= _clock.GetCurrentInstant())
        {
            return false;
        }

        await MeetingAudit.MoveAsync(store, _clock, meeting, MeetingStatus.Declined, Cleanup, "the hold expired; the slot is released", cancellationToken).ConfigureAwait(false);
        return true;
    }
}
