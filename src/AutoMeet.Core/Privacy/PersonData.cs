using AutoMeet.Approvals;
using AutoMeet.Compliance;
using AutoMeet.Meetings;
using AutoMeet.Messaging;
using AutoMeet.Notifications;
using AutoMeet.Prospects;
using AutoMeet.Replies;
using AutoMeet.Sending;
using AutoMeet.Sequences;

namespace AutoMeet.Privacy;

/// <summary>Everything held about one person, as read from the store (the content of an export, the target of an erasure).</summary>
internal sealed class PersonData
{
    public List<Prospect> Prospects { get; } = [];

    public List<Enrollment> Enrollments { get; } = [];

    public List<EmailThread> Threads { get; } = [];

    public List<EmailEvent> Events { get; } = [];

    public List<ReplyDecision> ReplyDecisions { get; } = [];

    /// <summary>Gets the domain events naming the person (the engines' event log: types, instants and facts, no text).</summary>
    public List<Events.DomainEvent> DomainEvents { get; } = [];

    public List<ReplyDraft> ReplyDrafts { get; } = [];

    public List<OutboxMessage> Outbox { get; } = [];

    public List<Meeting> Meetings { get; } = [];

    public List<ApprovalRequest> Approvals { get; } = [];

    public List<Notification> Notifications { get; } = [];

    public List<SuppressionEntry> Suppressions { get; } = [];

    public List<AuditEntry> AuditEntries { get; } = [];

    public bool IsEmpty => Prospects.Count == 0 && Suppressions.Count == 0 && Notifications.Count == 0;

    /// <summary>Counts the records of each kind, keyed by their names in the archive.</summary>
    /// <returns>The counts.</returns>
    public IReadOnlyDictionary<string, int> Counts() => new Dictionary<string, int>(StringComparer.Ordinal)
    {
        [PersonDataSections.Prospects] = Prospects.Count,
        [PersonDataSections.Enrollments] = Enrollments.Count,
        [PersonDataSections.Threads] = Threads.Count,
        [PersonDataSections.Messages] = Threads.Sum(t => t.Messages.Count),
        [PersonDataSections.Events] = Events.Count,
        [PersonDataSections.ReplyDecisions] = ReplyDecisions.Count,
        [PersonDataSections.DomainEvents] = DomainEvents.Count,
        [PersonDataSections.ReplyDrafts] = ReplyDrafts.Count,
        [PersonDataSections.Outbox] = Outbox.Count,
        [PersonDataSections.Meetings] = Meetings.Count,
        [PersonDataSections.Approvals] = Approvals.Count,
        [PersonDataSections.Notifications] = Notifications.Count,
        [PersonDataSections.Suppressions] = Suppressions.Count,
        [PersonDataSections.AuditEntries] = AuditEntries.Count,
    };
}
