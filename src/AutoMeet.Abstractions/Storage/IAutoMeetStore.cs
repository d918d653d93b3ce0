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

namespace AutoMeet.Storage;

/// <summary>
/// Gives access to every store of one unit of work, and runs several store calls as one transaction.
/// </summary>
/// <remarks>
/// Registered as a scoped service: engines are singletons and open a scope (<c>IServiceScopeFactory</c>) per unit
/// of work. An instance is not safe for concurrent use. Every implementation must pass the conformance suite
/// (<c>AutoMeet.Storage.Conformance</c>).
/// </remarks>
public interface IAutoMeetStore
{
    /// <summary>Gets the campaign store.</summary>
    ICampaignStore Campaigns { get; }

    /// <summary>Gets the campaign schedule store.</summary>
    ICampaignScheduleStore CampaignSchedules { get; }

    /// <summary>Gets the prospect store.</summary>
    IProspectStore Prospects { get; }

    /// <summary>Gets the sequence store.</summary>
    ISequenceStore Sequences { get; }

    /// <summary>Gets the enrollment store.</summary>
    IEnrollmentStore Enrollments { get; }

    /// <summary>Gets the thread and message store.</summary>
    IEmailThreadStore Threads { get; }

    /// <summary>Gets the e-mail event store.</summary>
    IEmailEventStore EmailEvents { get; }

    /// <summary>Gets the meeting store.</summary>
    IMeetingStore Meetings { get; }

    /// <summary>Gets the calendar settings store.</summary>
    ICalendarSettingsStore CalendarSettings { get; }

    /// <summary>Gets the synced calendar busy time and sync tokens.</summary>
    ICalendarBusyStore CalendarBusy { get; }

    /// <summary>Gets the approval request store.</summary>
    IApprovalStore Approvals { get; }

    /// <summary>Gets the notification queue.</summary>
    INotificationStore Notifications { get; }

    /// <summary>Gets the connected account store.</summary>
    IMailboxAccountStore MailboxAccounts { get; }

    /// <summary>Gets the suppression list.</summary>
    ISuppressionStore Suppressions { get; }

    /// <summary>Gets the audit log.</summary>
    IAuditLog AuditLog { get; }

    /// <summary>Gets the background work queue.</summary>
    IWorkQueue WorkQueue { get; }

    /// <summary>Gets the outbox: planned sends, claimed by senders with leases.</summary>
    IOutboxStore Outbox { get; }

    /// <summary>Gets the reply pipeline's decisions.</summary>
    IReplyDecisionStore ReplyDecisions { get; }

    /// <summary>Gets the reply drafts: written answers to replies, waiting for approval or sent.</summary>
    IReplyDraftStore ReplyDrafts { get; }

    /// <summary>Gets the ordered domain-event log.</summary>
    IDomainEventStore DomainEvents { get; }

    /// <summary>Gets the webhook subscriptions' cursors and delivery log.</summary>
    IWebhookStore Webhooks { get; }

    /// <summary>
    /// Runs <paramref name="work"/> in one transaction: every store call it makes through this instance is committed
    /// together when it returns, or rolled back when it throws. Nested calls join the outer transaction.
    /// </summary>
    /// <typeparam name="T">The result type.</typeparam>
    /// <param name="work">The work.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>What <paramref name="work"/> returned.</returns>
    Task<T> ExecuteInTransactionAsync<T>(Func<CancellationToken, Task<T>> work, CancellationToken cancellationToken = default);
}
