using AutoMeet.Compliance;
using AutoMeet.Storage;
using NodaTime;

namespace AutoMeet.Meetings;

/// <summary>
/// Writes meeting and approval changes with their audit entries in the caller's transaction, so a transition and
/// its record are committed together (or not at all). A concurrent append of the owner's chain makes the append
/// fail with <see cref="DuplicateEntityException"/>, and <see cref="MeetingTransactions"/> runs the unit again.
/// </summary>
internal static class MeetingAudit
{
    public static async Task RecordAsync(
        IAutoMeetStore store, IClock clock, UserId ownerId, MeetingActor actor, string action, string entityType, string entityId, string? detail, CancellationToken cancellationToken)
    {
        var previous = await store.AuditLog.GetLastAsync(ownerId, cancellationToken).ConfigureAwait(false);
        var entry = new AuditEntry
        {
            OwnerId = ownerId,
            Sequence = (previous?.Sequence ?? 0) + 1,
            OccurredAt = AuditHasher.ToStoredPrecision(clock.GetCurrentInstant()),
            ActorKind = actor.Kind,
            ActorId = actor.Id,
            Action = action,
            EntityType = entityType,
            EntityId = entityId,
            Detail = detail,
            PreviousHash = previous?.Hash ?? string.Empty,
        };
        entry.Hash = AuditHasher.Compute(entry);
        await store.AuditLog.AppendAsync(entry, cancellationToken).ConfigureAwait(false);
        await Events.DomainEventRecorder.FromAuditAsync(store, entry, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Adds a new meeting and records <c>meeting.created</c>.</summary>
    public static async Task AddAsync(IAutoMeetStore store, IClock clock, Meeting meeting, MeetingActor actor, string reason, CancellationToken cancellationToken)
    {
        await store.Meetings.AddAsync(meeting, cancellationToken).ConfigureAwait(false);
        await RecordAsync(
            store, clock, meeting.OwnerId, actor, "meeting.created", nameof(Meeting), meeting.Id.ToString(),
            Json(("status", Wire(meeting.Status)), ("start", meeting.Start.ToString()), ("reason", reason)), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Moves a meeting through its lifecycle (guarded), stores it and records <c>meeting.{status}</c>.</summary>
    /// <exception cref="InvalidMeetingTransitionException">The lifecycle does not allow the move.</exception>
    public static async Task MoveAsync(IAutoMeetStore store, IClock clock, Meeting meeting, MeetingStatus to, MeetingActor actor, string reason, CancellationToken cancellationToken)
    {
        var from = meeting.Status;
        MeetingLifecycle.Move(meeting, to);
        if (to is not (MeetingStatus.Proposed or MeetingStatus.AwaitingApproval))
        {
            meeting.HoldExpiresAt = null;
        }

        if (to != MeetingStatus.Proposed && meeting.HeldSlots is not { Count: 0 })
        {
            // Only a proposal holds the times it offered: booked, awaiting approval or ended, the meeting keeps (at most) its own time.
            meeting.HeldSlots = [];
        }

        await store.Meetings.UpdateAsync(meeting, cancellationToken).ConfigureAwait(false);
        await RecordAsync(
            store, clock, meeting.OwnerId, actor, "meeting." + Wire(to), nameof(Meeting), meeting.Id.ToString(),
            Json(("from", Wire(from)), ("to", Wire(to)), ("start", meeting.Start.ToString()), ("reason", reason)), cancellationToken).ConfigureAwait(false);
    }

    public static string Wire(MeetingStatus status) => status switch
    {
        MeetingStatus.AwaitingApproval => "awaiting-approval",
        MeetingStatus.NoShow => "no-show",
        _ => status.ToString().ToLowerInvariant(),
    };

    public static string Json(params (string Name, string? Value)[] properties) => Replies.Pipeline.ReplyJson.Flat(properties);
}
