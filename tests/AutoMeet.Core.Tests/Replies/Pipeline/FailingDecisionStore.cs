using AutoMeet.Accounts;
using AutoMeet.Approvals;
using AutoMeet.Calendars;
using AutoMeet.Campaigns;
using AutoMeet.Compliance;
using AutoMeet.Meetings;
using AutoMeet.Messaging;
using AutoMeet.Notifications;
using AutoMeet.Prospects;
using AutoMeet.Replies;
using AutoMeet.Scheduling;
using AutoMeet.Sending;
using AutoMeet.Sequences;
using AutoMeet.Storage;
using AutoMeet.Work;
using NSubstitute;

namespace AutoMeet.Core.Tests.Replies.Pipeline;

/// <summary>Wraps a store so that adding a reply decision fails while <see cref="Switch.Fail"/> is set (a crash at the last write).</summary>
internal sealed class FailingDecisionStore : IAutoMeetStore
{
    private readonly IAutoMeetStore _inner;

    public FailingDecisionStore(IAutoMeetStore inner, Switch failure)
    {
        _inner = inner;
        var decisions = Substitute.For<IReplyDecisionStore>();
        decisions.FindByMessageAsync(default, default).ReturnsForAnyArgs(c => inner.ReplyDecisions.FindByMessageAsync(c.Arg<Id<EmailMessage>>(), c.Arg<CancellationToken>()));
        decisions.ListByProspectAsync(default, default).ReturnsForAnyArgs(c => inner.ReplyDecisions.ListByProspectAsync(c.Arg<Id<Prospect>>(), c.Arg<CancellationToken>()));
        decisions.FindAsync(default, default).ReturnsForAnyArgs(c => inner.ReplyDecisions.FindAsync(c.Arg<Id<ReplyDecision>>(), c.Arg<CancellationToken>()));
        decisions.AddAsync(default!, default).ReturnsForAnyArgs(c => failure.Fail
            ? Task.FromException(new IOException("disk full"))
            : inner.ReplyDecisions.AddAsync(c.Arg<ReplyDecision>(), c.Arg<CancellationToken>()));
        ReplyDecisions = decisions;
    }

    public ICampaignStore Campaigns => _inner.Campaigns;

    public ICampaignScheduleStore CampaignSchedules => _inner.CampaignSchedules;

    public IProspectStore Prospects => _inner.Prospects;

    public ISequenceStore Sequences => _inner.Sequences;

    public IEnrollmentStore Enrollments => _inner.Enrollments;

    public IEmailThreadStore Threads => _inner.Threads;

    public IEmailEventStore EmailEvents => _inner.EmailEvents;

    public IMeetingStore Meetings => _inner.Meetings;

    public ICalendarSettingsStore CalendarSettings => _inner.CalendarSettings;

    public ICalendarBusyStore CalendarBusy => _inner.CalendarBusy;

    public IApprovalStore Approvals => _inner.Approvals;

    public INotificationStore Notifications => _inner.Notifications;

    public IMailboxAccountStore MailboxAccounts => _inner.MailboxAccounts;

    public ISuppressionStore Suppressions => _inner.Suppressions;

    public IAuditLog AuditLog => _inner.AuditLog;

    public IWorkQueue WorkQueue => _inner.WorkQueue;

    public IOutboxStore Outbox => _inner.Outbox;

    public IReplyDecisionStore ReplyDecisions { get; }

    public IReplyDraftStore ReplyDrafts => _inner.ReplyDrafts;

    public AutoMeet.Events.IDomainEventStore DomainEvents => _inner.DomainEvents;

    public AutoMeet.Webhooks.IWebhookStore Webhooks => _inner.Webhooks;

    public Task<T> ExecuteInTransactionAsync<T>(Func<CancellationToken, Task<T>> work, CancellationToken cancellationToken = default) =>
        _inner.ExecuteInTransactionAsync(work, cancellationToken);

    /// <summary>Turns the failure on and off.</summary>
    public sealed class Switch
    {
        public bool Fail { get; set; }
    }
}
