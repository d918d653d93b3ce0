using AutoMeet.Accounts;
using AutoMeet.Approvals;
using AutoMeet.Calendars;
using AutoMeet.Campaigns;
using AutoMeet.Compliance;
using AutoMeet.Events;
using AutoMeet.Meetings;
using AutoMeet.Messaging;
using AutoMeet.Notifications;
using AutoMeet.Prospects;
using AutoMeet.Replies;
using AutoMeet.Scheduling;
using AutoMeet.Sending;
using AutoMeet.Sequences;
using AutoMeet.Webhooks;
using AutoMeet.Work;

namespace AutoMeet.Storage.Conformance.Tests.InMemory;

/// <summary>Holds one table per aggregate; owned children (steps, rules, messages) live inside their aggregate's row.</summary>
internal sealed class InMemoryTables
{
    public Table<Campaign> Campaigns { get; private init; } = new();

    public Table<CampaignSchedule> CampaignSchedules { get; private init; } = new();

    public Table<Prospect> Prospects { get; private init; } = new();

    public Table<OutreachSequence> Sequences { get; private init; } = new();

    public Table<Enrollment> Enrollments { get; private init; } = new();

    public Table<EmailThread> Threads { get; private init; } = new();

    public Table<EmailEvent> EmailEvents { get; private init; } = new();

    public Table<Meeting> Meetings { get; private init; } = new();

    public Table<CalendarSettings> CalendarSettings { get; private init; } = new();

    public Table<ApprovalRequest> Approvals { get; private init; } = new();

    public Table<Notification> Notifications { get; private init; } = new();

    public Table<MailboxAccount> MailboxAccounts { get; private init; } = new();

    public Table<SuppressionEntry> Suppressions { get; private init; } = new();

    public Table<AuditEntry> AuditEntries { get; private init; } = new();

    public Table<WorkItem> WorkItems { get; private init; } = new();

    public Table<CalendarBusyBlock> BusyBlocks { get; private init; } = new();

    public Table<CalendarSyncState> SyncStates { get; private init; } = new();

    public Table<OutboxMessage> Outbox { get; private init; } = new();

    public Table<ReplyDecision> ReplyDecisions { get; private init; } = new();

    public Table<ReplyDraft> ReplyDrafts { get; private init; } = new();

    /// <summary>Gets or sets the domain-event log, in position order (immutable, so clones share it).</summary>
    public DomainEventLog DomainEvents { get; set; } = DomainEventLog.Empty;

    public Table<WebhookCursor> WebhookCursors { get; private init; } = new();

    public Table<WebhookDeliveryAttempt> WebhookAttempts { get; private init; } = new();

    public InMemoryTables Clone() => new()
    {
        DomainEvents = DomainEvents,
        WebhookCursors = WebhookCursors.Clone(),
        WebhookAttempts = WebhookAttempts.Clone(),
        Campaigns = Campaigns.Clone(),
        CampaignSchedules = CampaignSchedules.Clone(),
        Prospects = Prospects.Clone(),
        Sequences = Sequences.Clone(),
        Enrollments = Enrollments.Clone(),
        Threads = Threads.Clone(),
        EmailEvents = EmailEvents.Clone(),
        Meetings = Meetings.Clone(),
        CalendarSettings = CalendarSettings.Clone(),
        Approvals = Approvals.Clone(),
        Notifications = Notifications.Clone(),
        MailboxAccounts = MailboxAccounts.Clone(),
        Suppressions = Suppressions.Clone(),
        AuditEntries = AuditEntries.Clone(),
        WorkItems = WorkItems.Clone(),
        BusyBlocks = BusyBlocks.Clone(),
        SyncStates = SyncStates.Clone(),
        Outbox = Outbox.Clone(),
        ReplyDecisions = ReplyDecisions.Clone(),
        ReplyDrafts = ReplyDrafts.Clone(),
    };
}
