using AutoMeet.Prospects;

namespace AutoMeet.Storage.Conformance.Tests.InMemory.Stores;

internal sealed class ProspectStore(InMemoryAutoMeetStore session) : InMemoryEntityStore<Prospect>(session), IProspectStore
{
    public Task<Prospect?> FindByEmailAsync(UserId ownerId, string email, CancellationToken cancellationToken = default)
    {
        var normalized = Normalize(email);
        return Session.ReadAsync(t => EntityCopy.OrNull(t.Prospects.Rows.SingleOrDefault(p => p.OwnerId == ownerId && p.Email == normalized)), cancellationToken);
    }

    public Task<IReadOnlySet<string>> FindExistingEmailsAsync(UserId ownerId, IReadOnlyCollection<string> emails, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(emails);
        var wanted = emails.Select(Normalize).ToHashSet(StringComparer.Ordinal);
        return Session.ReadAsync<IReadOnlySet<string>>(
            t => t.Prospects.Rows.Where(p => p.OwnerId == ownerId && wanted.Contains(p.Email)).Select(p => p.Email).ToHashSet(StringComparer.Ordinal),
            cancellationToken);
    }

    public Task<IReadOnlyList<Prospect>> ListByOwnerAsync(UserId ownerId, PageRequest page, CancellationToken cancellationToken = default) =>
        Session.ReadAsync(t => Page(InCreationOrder(t.Prospects.Rows.Where(p => p.OwnerId == ownerId)), page), cancellationToken);

    protected override Table<Prospect> TableOf(InMemoryTables tables) => tables.Prospects;

    protected override void Normalize(Prospect row) => row.Email = Normalize(row.Email);

    protected override void CheckUnique(InMemoryTables tables, Prospect row) =>
        Unique(tables.Prospects.Rows.Any(p => p.Id != row.Id && p.OwnerId == row.OwnerId && p.Email == row.Email), "the owner already has a prospect with that e-mail address.");

    protected override void OnDeleting(InMemoryTables tables, Prospect row)
    {
        var enrollments = tables.Enrollments.Rows.Where(e => e.ProspectId == row.Id).Select(e => e.Id).ToHashSet();
        var meetings = tables.Meetings.Rows.Where(m => m.ProspectId == row.Id).Select(m => m.Id).ToHashSet();
        tables.EmailEvents.RemoveWhere(e => e.ProspectId == row.Id || (e.EnrollmentId is { } id && enrollments.Contains(id)));
        tables.Outbox.RemoveWhere(o => o.ProspectId == row.Id || enrollments.Contains(o.EnrollmentId));
        tables.Enrollments.RemoveWhere(e => enrollments.Contains(e.Id));
        tables.Approvals.RemoveWhere(a => meetings.Contains(a.MeetingId));
        tables.Meetings.RemoveWhere(m => meetings.Contains(m.Id));
        var threads = tables.Threads.Rows.Where(t => t.ProspectId == row.Id).Select(t => t.Id).ToHashSet();
        tables.ReplyDrafts.RemoveWhere(d => d.ProspectId == row.Id || threads.Contains(d.ThreadId));
        tables.ReplyDecisions.RemoveWhere(d => d.ProspectId == row.Id || threads.Contains(d.ThreadId));
        tables.Threads.RemoveWhere(t => t.ProspectId == row.Id);
    }

    private static string Normalize(string email) => email.Trim().ToLowerInvariant();
}
