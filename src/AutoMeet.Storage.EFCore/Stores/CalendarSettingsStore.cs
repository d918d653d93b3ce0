using AutoMeet.Scheduling;
using AutoMeet.Storage.EFCore.Model;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace AutoMeet.Storage.EFCore.Stores;

internal sealed class CalendarSettingsStore(StoreSession session) : EntityStore<CalendarSettings>(session), ICalendarSettingsStore
{
    protected override IQueryable<CalendarSettings> Query => base.Query
        .Include(s => s.Rules.OrderBy(r => EF.Property<int>(r, AutoMeetDbContext.OrdinalProperty)));

    public async Task<CalendarSettings?> FindByOwnerAsync(UserId ownerId, CancellationToken cancellationToken = default)
    {
        var found = await Query.Where(s => s.OwnerId == ownerId).ToListAsync(cancellationToken).ConfigureAwait(false);
        return found.FirstOrDefault();
    }

    protected override void Track(CalendarSettings entity, Instant now)
    {
        base.Track(entity, now);
        TrackNewChildren(entity.Rules, now);
    }

    protected override Task ReplaceChildrenAsync(CalendarSettings entity, Instant now, CancellationToken cancellationToken) =>
        ReplaceChildrenAsync(entity.Rules, r => r.CalendarSettingsId == entity.Id, r => r.CalendarSettingsId = entity.Id, now, cancellationToken);
}
