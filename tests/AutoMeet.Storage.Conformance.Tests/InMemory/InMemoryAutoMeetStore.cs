using AutoMeet.Calendars;
using AutoMeet.Accounts;
using AutoMeet.Approvals;
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
using AutoMeet.Storage.Conformance.Tests.InMemory.Stores;
using AutoMeet.Webhooks;
using AutoMeet.Work;
using NodaTime;

namespace AutoMeet.Storage.Conformance.Tests.InMemory;

/// <summary>
/// Represents one unit of work of the in-memory reference store. Each store operation holds the database gate for
/// its duration and works on a copy of the tables that replaces them when it completes; a transaction holds the gate
/// from start to commit (serializable, one writer at a time), so other units of work wait for it.
/// </summary>
internal sealed class InMemoryAutoMeetStore : IAutoMeetStore
{
    private readonly InMemoryDatabase _database;
    private readonly IClock _clock;
    private readonly IDomainEventNotifier? _notifier;
    private InMemoryTables? _transaction;
    private long _appendedPosition;

    public InMemoryAutoMeetStore(InMemoryDatabase database, IClock clock, IDomainEventNotifier? notifier = null)
    {
        _database = database;
        _clock = clock;
        _notifier = notifier;
        DomainEvents = new DomainEventStore(this);
        Webhooks = new WebhookStore(this);
        Campaigns = new CampaignStore(this);
        CampaignSchedules = new CampaignScheduleStore(this);
        Prospects = new ProspectStore(this);
        Sequences = new SequenceStore(this);
        Enrollments = new EnrollmentStore(this);
        Threads = new EmailThreadStore(this);
        EmailEvents = new EmailEventStore(this);
        Meetings = new MeetingStore(this);
        CalendarSettings = new CalendarSettingsStore(this);
        Approvals = new ApprovalStore(this);
        Notifications = new NotificationStore(this);
        MailboxAccounts = new MailboxAccountStore(this);
        Suppressions = new SuppressionStore(this);
        AuditLog = new AuditLog(this);
        WorkQueue = new WorkQueue(this);
        CalendarBusy = new CalendarBusyStore(this);
        Outbox = new OutboxStore(this);
        ReplyDecisions = new ReplyDecisionStore(this);
        ReplyDrafts = new ReplyDraftStore(this);
    }

    public ICampaignStore Campaigns { get; }

    public ICampaignScheduleStore CampaignSchedules { get; }

    public IProspectStore Prospects { get; }

    public ISequenceStore Sequences { get; }

    public IEnrollmentStore Enrollments { get; }

    public IEmailThreadStore Threads { get; }

    public IEmailEventStore EmailEvents { get; }

    public IMeetingStore Meetings { get; }

    public ICalendarSettingsStore CalendarSettings { get; }

    public IApprovalStore Approvals { get; }

    public INotificationStore Notifications { get; }

    public IMailboxAccountStore MailboxAccounts { get; }

    public ISuppressionStore Suppressions { get; }

    public IAuditLog AuditLog { get; }

    public IWorkQueue WorkQueue { get; }

    public ICalendarBusyStore CalendarBusy { get; }

    public IOutboxStore Outbox { get; }

    public IReplyDecisionStore ReplyDecisions { get; }

    public IReplyDraftStore ReplyDrafts { get; }

    public IDomainEventStore DomainEvents { get; }

    public IWebhookStore Webhooks { get; }

    /// <summary>Gets a value indicating whether a transaction is open.</summary>
    public bool InTransaction => _transaction is not null;

    /// <summary>Gets the current instant of the store's clock.</summary>
    public Instant Now => _clock.GetCurrentInstant();

    public async Task<T> ExecuteInTransactionAsync<T>(Func<CancellationToken, Task<T>> work, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(work);
        if (_transaction is not null)
        {
            return await work(cancellationToken);
        }

        await _database.Gate.WaitAsync(cancellationToken);
        try
        {
            _transaction = _database.Tables.Clone();
            _appendedPosition = 0;
            var result = await work(cancellationToken);
            _database.Tables = _transaction;
            if (_appendedPosition > 0)
            {
                _notifier?.Committed(_appendedPosition);
            }

            return result;
        }
        finally
        {
            _transaction = null;
            _database.Gate.Release();
        }
    }

    /// <summary>Notes an appended domain event: the notifier hears of it at once, or after the open transaction commits.</summary>
    public void DomainEventAppended(long position)
    {
        if (_transaction is null)
        {
            _notifier?.Committed(position);
        }
        else
        {
            _appendedPosition = Math.Max(_appendedPosition, position);
        }
    }

    /// <summary>Reads the current tables (this unit of work's transaction, if one is open).</summary>
    public async Task<T> ReadAsync<T>(Func<InMemoryTables, T> read, CancellationToken cancellationToken)
    {
        if (_transaction is not null)
        {
            return read(_transaction);
        }

        await _database.Gate.WaitAsync(cancellationToken);
        try
        {
            return read(_database.Tables);
        }
        finally
        {
            _database.Gate.Release();
        }
    }

    /// <summary>Runs a write on a copy of the tables and keeps the copy only if the write completes.</summary>
    public async Task<T> WriteAsync<T>(Func<InMemoryTables, T> write, CancellationToken cancellationToken)
    {
        if (_transaction is not null)
        {
            var working = _transaction.Clone();
            var result = write(working);
            _transaction = working;
            return result;
        }

        await _database.Gate.WaitAsync(cancellationToken);
        try
        {
            var working = _database.Tables.Clone();
            var result = write(working);
            _database.Tables = working;
            return result;
        }
        finally
        {
            _database.Gate.Release();
        }
    }
}
