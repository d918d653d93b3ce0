using AutoMeet.Scheduling;

namespace AutoMeet.Storage.Conformance.Tests.InMemory.Stores;

internal sealed class CalendarSettingsStore(InMemoryAutoMeetStore session) : InMemoryEntityStore<CalendarSettings>(session), ICalendarSettingsStore
{
    public Task<CalendarSettings?> FindByOwnerAsync(UserId ownerId, CancellationToken cancellationToken = default) =>
        Session.ReadAsync(t => EntityCopy.OrNull(t.CalendarSettings.Rows.SingleOrDefault(s => s.OwnerId == ownerId)), cancellationToken);

    protected override Table<CalendarSettings> TableOf(InMemoryTables tables) => tables.CalendarSettings;

    protected override void Normalize(CalendarSettings row)
    {
        foreach (var rule in row.Rules)
        {
            rule.CalendarSettingsId = row.Id;
        }
    }

    protected override void CheckUnique(InMemoryTables tables, CalendarSettings row)
    {
        Unique(tables.CalendarSettings.Rows.Any(s => s.Id != row.Id && s.OwnerId == row.OwnerId), "the owner already has calendar settings.");
        var ruleIds = row.Rules.Select(r => r.Id).ToHashSet();
        Unique(ruleIds.Count != row.Rules.Count, "two rules share an id.");
        Unique(tables.CalendarSettings.Rows.Any(s => s.Id != row.Id && s.Rules.Any(r => ruleIds.Contains(r.Id))), "a rule id belongs to other settings.");
    }
}
