using AutoMeet.Approvals;
using AutoMeet.Compliance;
using AutoMeet.Meetings;
using AutoMeet.Messaging;
using AutoMeet.Notifications;
using AutoMeet.Prospects;
using AutoMeet.Replies;
using AutoMeet.Sending;
using AutoMeet.Sequences;
using AutoMeet.Storage;

namespace AutoMeet.Privacy;

/// <summary>Reads everything held about one person through the store ports.</summary>
internal static class PersonDataCollector
{
    private const int PageSize = 500;

    /// <summary>Collects the person's data.</summary>
    /// <param name="store">The store (possibly inside a transaction).</param>
    /// <param name="ownerId">The owner.</param>
    /// <param name="address">The normalised address.</param>
    /// <param name="includeAudit">Whether to read the audit entries about the collected entities.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The data (empty when nothing is held).</returns>
    public static async Task<PersonData> CollectAsync(IAutoMeetStore store, UserId ownerId, string address, bool includeAudit, CancellationToken cancellationToken)
    {
        var data = new PersonData();
        var prospect = await store.Prospects.FindByEmailAsync(ownerId, address, cancellationToken).ConfigureAwait(false);
        if (prospect is not null && prospect.OwnerId == ownerId)
        {
            data.Prospects.Add(prospect);
            await CollectProspectAsync(store, prospect, data, cancellationToken).ConfigureAwait(false);
        }

        await CollectSuppressionsAsync(store, ownerId, address, data, cancellationToken).ConfigureAwait(false);
        await CollectNotificationsAsync(store, ownerId, address, data, cancellationToken).ConfigureAwait(false);
        if (includeAudit)
        {
            await CollectAuditAsync(store, ownerId, data, cancellationToken).ConfigureAwait(false);
        }

        return data;
    }

    private static async Task CollectProspectAsync(IAutoMeetStore store, Prospect prospect, PersonData data, CancellationToken cancellationToken)
    {
        data.Enrollments.AddRange(await store.Enrollments.ListByProspectAsync(prospect.Id, cancellationToken).ConfigureAwait(false));
        data.Threads.AddRange(await store.Threads.ListByProspectAsync(prospect.Id, cancellationToken).ConfigureAwait(false));
        data.ReplyDecisions.AddRange(await store.ReplyDecisions.ListByProspectAsync(prospect.Id, cancellationToken).ConfigureAwait(false));
        data.ReplyDrafts.AddRange(await store.ReplyDrafts.ListByProspectAsync(prospect.Id, cancellationToken).ConfigureAwait(false));
        foreach (var enrollment in data.Enrollments)
        {
            data.Outbox.AddRange(await store.Outbox.ListByEnrollmentAsync(enrollment.Id, cancellationToken).ConfigureAwait(false));
        }

        var meetings = await store.Meetings.ListByProspectAsync(prospect.Id, cancellationToken).ConfigureAwait(false);
        data.Meetings.AddRange(meetings);
        foreach (var meeting in meetings)
        {
            data.Approvals.AddRange(await store.Approvals.ListByMeetingAsync(meeting.Id, cancellationToken).ConfigureAwait(false));
        }

        var filter = new Events.DomainEventFilter { OwnerId = prospect.OwnerId, ProspectId = prospect.Id };
        for (var after = 0L; ;)
        {
            var page = await store.DomainEvents.ListAfterAsync(after, filter, PageSize, cancellationToken).ConfigureAwait(false);
            data.DomainEvents.AddRange(page);
            if (page.Count < PageSize)
            {
                break;
            }

            after = page[^1].Position;
        }

        var query = new EmailEventQuery { ProspectId = prospect.Id };
        for (var skip = 0; ; skip += PageSize)
        {
            var page = await store.EmailEvents.ListAsync(query, new PageRequest(skip, PageSize), cancellationToken).ConfigureAwait(false);
            data.Events.AddRange(page);
            if (page.Count < PageSize)
            {
                break;
            }
        }
    }

    /// <summary>The entries for the address itself (not its domain, which is about everyone there, nor an erased hash).</summary>
    private static async Task CollectSuppressionsAsync(IAutoMeetStore store, UserId ownerId, string address, PersonData data, CancellationToken cancellationToken)
    {
        var match = await store.Suppressions.FindMatchAsync(ownerId, address, null, cancellationToken).ConfigureAwait(false);
        if (match is null)
        {
            return;
        }

        if (match.Kind == SuppressionKind.Address)
        {
            data.Suppressions.Add(match);
            return;
        }

        // The domain matched first: look through the owner's list for the address entry itself.
        await foreach (var entry in ListSuppressionsAsync(store, ownerId, cancellationToken).ConfigureAwait(false))
        {
            if (entry.Kind == SuppressionKind.Address && string.Equals(entry.Value, address, StringComparison.OrdinalIgnoreCase))
            {
                data.Suppressions.Add(entry);
            }
        }
    }

    /// <summary>The owner's notifications that name the person: by one of their records' ids, their address or their full name.</summary>
    private static async Task CollectNotificationsAsync(IAutoMeetStore store, UserId ownerId, string address, PersonData data, CancellationToken cancellationToken)
    {
        var needles = Needles(address, data);
        for (var skip = 0; ; skip += PageSize)
        {
            var page = await store.Notifications.ListByOwnerAsync(ownerId, new PageRequest(skip, PageSize), cancellationToken).ConfigureAwait(false);
            data.Notifications.AddRange(page.Where(n => Mentions(n, needles)));
            if (page.Count < PageSize)
            {
                break;
            }
        }
    }

    private static async Task CollectAuditAsync(IAutoMeetStore store, UserId ownerId, PersonData data, CancellationToken cancellationToken)
    {
        var seen = new HashSet<Guid>();
        foreach (var (type, id) in EntityKeys(data))
        {
            foreach (var entry in await store.AuditLog.ListForEntityAsync(type, id, cancellationToken).ConfigureAwait(false))
            {
                if (entry.OwnerId == ownerId && seen.Add(entry.Id.Value))
                {
                    data.AuditEntries.Add(entry);
                }
            }
        }

        data.AuditEntries.Sort((a, b) => a.Sequence.CompareTo(b.Sequence));
    }

    /// <summary>The (entity type, id) of every collected record, as audit entries name them.</summary>
    private static IEnumerable<(string Type, string Id)> EntityKeys(PersonData data) =>
        data.Prospects.Select(e => (nameof(Prospect), e.Id.ToString()))
            .Concat(data.Enrollments.Select(e => (nameof(Enrollment), e.Id.ToString())))
            .Concat(data.Threads.Select(e => (nameof(EmailThread), e.Id.ToString())))
            .Concat(data.Threads.SelectMany(t => t.Messages).Select(e => (nameof(EmailMessage), e.Id.ToString())))
            .Concat(data.Events.Select(e => (nameof(EmailEvent), e.Id.ToString())))
            .Concat(data.ReplyDecisions.Select(e => (nameof(ReplyDecision), e.Id.ToString())))
            .Concat(data.ReplyDrafts.Select(e => (nameof(ReplyDraft), e.Id.ToString())))
            .Concat(data.Outbox.Select(e => (nameof(OutboxMessage), e.Id.ToString())))
            .Concat(data.Meetings.Select(e => (nameof(Meeting), e.Id.ToString())))
            .Concat(data.Approvals.Select(e => (nameof(ApprovalRequest), e.Id.ToString())))
            .Concat(data.Notifications.Select(e => (nameof(Notification), e.Id.ToString())))
            .Concat(data.Suppressions.Select(e => (nameof(SuppressionEntry), e.Id.ToString())));

    private static List<string> Needles(string address, PersonData data)
    {
        var needles = new List<string> { address };
        foreach (var prospect in data.Prospects)
        {
            needles.Add(prospect.Id.ToString());
            var name = $"{prospect.FirstName} {prospect.LastName}".Trim();
            if (!string.IsNullOrWhiteSpace(prospect.FirstName) && !string.IsNullOrWhiteSpace(prospect.LastName))
            {
                needles.Add(name);
            }
        }

        needles.AddRange(data.Enrollments.Select(e => e.Id.ToString()));
        needles.AddRange(data.Threads.Select(e => e.Id.ToString()));
        needles.AddRange(data.Threads.SelectMany(t => t.Messages).Select(e => e.Id.ToString()));
        needles.AddRange(data.Meetings.Select(e => e.Id.ToString()));
        needles.AddRange(data.ReplyDecisions.Select(e => e.Id.ToString()));
        needles.AddRange(data.ReplyDrafts.Select(e => e.Id.ToString()));
        return needles;
    }

    private static bool Mentions(Notification notification, List<string> needles) =>
        needles.Exists(n =>
            notification.Subject.Contains(n, StringComparison.OrdinalIgnoreCase)
            || notification.Body.Contains(n, StringComparison.OrdinalIgnoreCase)
            || (notification.Payload?.Contains(n, StringComparison.OrdinalIgnoreCase) ?? false));

    internal static async IAsyncEnumerable<SuppressionEntry> ListSuppressionsAsync(
        IAutoMeetStore store, UserId ownerId, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        for (var skip = 0; ; skip += PageSize)
        {
            var page = await store.Suppressions.ListByOwnerAsync(ownerId, new PageRequest(skip, PageSize), cancellationToken).ConfigureAwait(false);
            foreach (var entry in page)
            {
                yield return entry;
            }

            if (page.Count < PageSize)
            {
                yield break;
            }
        }
    }
}
