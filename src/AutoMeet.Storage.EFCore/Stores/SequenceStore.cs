using AutoMeet.Sequences;
using AutoMeet.Storage.EFCore.Model;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace AutoMeet.Storage.EFCore.Stores;

internal sealed class SequenceStore(StoreSession session) : EntityStore<OutreachSequence>(session), ISequenceStore
{
    protected override IQueryable<OutreachSequence> Query => base.Query
        .Include(s => s.Steps.OrderBy(step => step.Position).ThenBy(step => EF.Property<int>(step, AutoMeetDbContext.OrdinalProperty)));

    public Task<IReadOnlyList<OutreachSequence>> ListByOwnerAsync(UserId ownerId, PageRequest page, CancellationToken cancellationToken = default) =>
        ListAsync(Page(Query.Where(s => s.OwnerId == ownerId).OrderBy(s => s.CreatedAt).ThenBy(s => s.Id), page), cancellationToken);

    public override async Task<bool> DeleteAsync(Id<OutreachSequence> id, CancellationToken cancellationToken = default)
    {
        if (await Db.Set<Enrollment>().AnyAsync(e => e.SequenceId == id, cancellationToken).ConfigureAwait(false))
        {
            throw new InvalidOperationException($"Sequence {id} cannot be deleted: enrollments use it. Stop or delete those enrollments (or their campaign) first.");
        }

        return await base.DeleteAsync(id, cancellationToken).ConfigureAwait(false);
    }

    protected override void Track(OutreachSequence entity, Instant now)
    {
        base.Track(entity, now);
        TrackNewChildren(entity.Steps, now);
    }

    protected override Task ReplaceChildrenAsync(OutreachSequence entity, Instant now, CancellationToken cancellationToken) =>
        ReplaceChildrenAsync(entity.Steps, s => s.SequenceId == entity.Id, s => s.SequenceId = entity.Id, now, cancellationToken);
}
