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
using AutoMeet.Storage.EFCore.Model;
using AutoMeet.Webhooks;
using AutoMeet.Work;
using Microsoft.Extensions.Logging;
using NodaTime;

namespace AutoMeet.Storage.EFCore.Stores;

/// <summary>The Entity Framework Core <see cref="IAutoMeetStore"/>: one context per scope, stores created on first use.</summary>
internal sealed class EntityFrameworkAutoMeetStore : IAutoMeetStore
{
    private readonly StoreSession _session;
    private ICampaignStore? _campaigns;
    private ICampaignScheduleStore? _campaignSchedules;
    private IProspectStore? _prospects;
    private ISequenceStore? _sequences;
    private IEnrollmentStore? _enrollments;
    private IEmailThreadStore? _threads;
    private IEmailEventStore? _emailEvents;
    private IMeetingStore? _meetings;
    private ICalendarSettingsStore? _calendarSettings;
    private IApprovalStore? _approvals;
    private INotificationStore? _notifications;
    private IMailboxAccountStore? _mailboxAccounts;
    private ISuppressionStore? _suppressions;
    private IAuditLog? _auditLog;
    private IWorkQueue? _workQueue;
    private ICalendarBusyStore? _calendarBusy;
    private IOutboxStore? _outbox;
    private IReplyDecisionStore? _replyDecisions;
    private IDomainEventStore? _domainEvents;
    private IWebhookStore? _webhooks;
    private IReplyDraftStore? _replyDrafts;

    public EntityFrameworkAutoMeetStore(AutoMeetDbContext db, IClock clock, ILoggerFactory loggerFactory, IDomainEventNotifier? notifier = null)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(clock);
        ArgumentNullException.ThrowIfNull(loggerFactory);
        _session = new StoreSession(db, clock, loggerFactory.CreateLogger("AutoMeet.Storage.EFCore"), notifier);
    }

    public ICampaignStore Campaigns => _campaigns ??= new CampaignStore(_session);

    public ICampaignScheduleStore CampaignSchedules => _campaignSchedules ??= new CampaignScheduleStore(_session);

    public IProspectStore Prospects => _prospects ??= new ProspectStore(_session);

    public ISequenceStore Sequences => _sequences ??= new SequenceStore(_session);

    public IEnrollmentStore Enrollments => _enrollments ??= new EnrollmentStore(_session);

    public IEmailThreadStore Threads => _threads ??= new EmailThreadStore(_session);

    public IEmailEventStore EmailEvents => _emailEvents ??= new EmailEventStore(_session);

    public IMeetingStore Meetings => _meetings ??= new MeetingStore(_session);

    public ICalendarSettingsStore CalendarSettings => _calendarSettings ??= new CalendarSettingsStore(_session);

    public IApprovalStore Approvals => _approvals ??= new ApprovalStore(_session);

    public INotificationStore Notifications => _notifications ??= new NotificationStore(_session);

    public IMailboxAccountStore MailboxAccounts => _mailboxAccounts ??= new MailboxAccountStore(_session);

    public ISuppressionStore Suppressions => _suppressions ??= new SuppressionStore(_session);

    public IAuditLog AuditLog => _auditLog ??= new AuditLogStore(_session);

    public IWorkQueue WorkQueue => _workQueue ??= new WorkQueueStore(_session);

    public ICalendarBusyStore CalendarBusy => _calendarBusy ??= new CalendarBusyStore(_session);

    public IOutboxStore Outbox => _outbox ??= new OutboxStore(_session);

    public IReplyDecisionStore ReplyDecisions => _replyDecisions ??= new ReplyDecisionStore(_session);

    public IReplyDraftStore ReplyDrafts => _replyDrafts ??= new ReplyDraftStore(_session);

    public IDomainEventStore DomainEvents => _domainEvents ??= new DomainEventStore(_session);

    public IWebhookStore Webhooks => _webhooks ??= new WebhookStore(_session);

    public async Task<T> ExecuteInTransactionAsync<T>(Func<CancellationToken, Task<T>> work, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(work);
        if (_session.Db.Database.CurrentTransaction is not null)
        {
            return await work(cancellationToken).ConfigureAwait(false);
        }

        try
        {
            return await _session.InTransactionAsync(work, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _session.Db.ChangeTracker.Clear();
        }
    }
}
