using System.Text.RegularExpressions;
using AutoMeet.Accounts;
using AutoMeet.Approvals;
using AutoMeet.Campaigns;
using AutoMeet.Meetings;
using AutoMeet.Messaging;
using AutoMeet.Prospects;
using AutoMeet.Replies;
using AutoMeet.Replies.Pipeline;
using AutoMeet.Sandbox;
using AutoMeet.Scheduling;
using AutoMeet.Storage;
using AutoMeet.Storage.Conformance.Tests.InMemory;
using AutoMeet.Work;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using NodaTime;

namespace AutoMeet.Core.Tests.Meetings;

/// <summary>
/// A host with the in-memory store, the sandbox mailbox and calendar and a fake clock, at Monday 2 March 2026 08:00 UTC
/// (09:00 in Berlin): one owner in Europe/Berlin working 09:00–17:00 on weekdays (30-minute meetings on a 15-minute grid,
/// 4 hours' notice), one mailbox, one campaign; prospects in New York.
/// </summary>
internal sealed partial class MeetingHost : IAsyncDisposable
{
    public static readonly UserId Owner = new("owner-meet");
    public static readonly Instant Start = Instant.FromUtc(2026, 3, 2, 8, 0);
    private static readonly DateTimeZone Berlin = DateTimeZoneProviders.Tzdb["Europe/Berlin"];
    private int _replies;

    private MeetingHost(ServiceProvider services, FakeTimeProvider time)
    {
        Services = services;
        Time = time;
    }

    public ServiceProvider Services { get; }

    public FakeTimeProvider Time { get; }

    public Instant Now => Instant.FromDateTimeOffset(Time.GetUtcNow());

    public SandboxMailbox Mailbox => Services.GetRequiredService<SandboxMailbox>();

    public SandboxCalendar Calendar => Services.GetRequiredService<SandboxCalendar>();

    public IMeetingApprovals Approvals => Services.GetRequiredService<IMeetingApprovals>();

    public IMeetingBooker Booker => Services.GetRequiredService<IMeetingBooker>();

    public MailboxAccount Account { get; private set; } = null!;

    public Campaign Campaign { get; private set; } = null!;

    public static async Task<MeetingHost> StartAsync(ApprovalMode mode = ApprovalMode.RequireApproval, double? threshold = null, Action<MeetingOptions>? configure = null)
    {
        var time = new FakeTimeProvider(Start.ToDateTimeOffset());
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(time);
        services.AddAutoMeet();
        services.AddInMemoryAutoMeetStore();
        services.Configure<MeetingOptions>(o => configure?.Invoke(o));
        var host = new MeetingHost(services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true }), time);
        host.Account = new MailboxAccount { OwnerId = Owner, EmailAddress = "alex@acme.example", DisplayName = "Alex Sender", Status = AccountStatus.Connected };
        host.Campaign = new Campaign { OwnerId = Owner, Name = "Q1", Status = CampaignStatus.Active, MailboxAccountId = host.Account.Id, ApprovalMode = mode, AutonomousConfidenceThreshold = threshold };
        var settings = new CalendarSettings { OwnerId = Owner, TimeZoneId = "Europe/Berlin" };
        settings.Rules.Add(new AvailabilityRule { CalendarSettingsId = settings.Id, Kind = AvailabilityRuleKind.Weekly, Days = SendingDays.Weekdays, Start = new LocalTime(9, 0), End = new LocalTime(17, 0) });
        await host.InStoreAsync(async s =>
        {
            await s.MailboxAccounts.AddAsync(host.Account);
            await s.Campaigns.AddAsync(host.Campaign);
            await s.CalendarSettings.AddAsync(settings);
        });
        return host;
    }

    /// <summary>An instant given as Berlin wall-clock time.</summary>
    public static Instant BerlinTime(int month, int day, int hour, int minute = 0) =>
        new LocalDateTime(2026, month, day, hour, minute).InZoneStrictly(Berlin).ToInstant();

    /// <summary>A prospect with a thread holding our first e-mail.</summary>
    public async Task<(Prospect Prospect, EmailThread Thread)> ProspectAsync(string email, string firstName = "Dana")
    {
        var prospect = new Prospect { OwnerId = Owner, Email = email, FirstName = firstName, LastName = "Scully", Company = "Globex", TimeZoneId = "America/New_York" };
        var thread = new EmailThread
        {
            MailboxAccountId = Account.Id,
            ProspectId = prospect.Id,
            CampaignId = Campaign.Id,
            ProviderThreadId = "thr-" + prospect.Id.Value.ToString("N"),
            Subject = "Quick question",
            RootMessageId = "first-" + prospect.Id.Value.ToString("N") + "@acme.example",
        };
        await InStoreAsync(async s =>
        {
            await s.Prospects.AddAsync(prospect);
            await s.Threads.AddAsync(thread);
            await s.Threads.AppendMessageAsync(new EmailMessage { ThreadId = thread.Id, Direction = MessageDirection.Outbound, RfcMessageId = thread.RootMessageId, Subject = "Quick question", OccurredAt = Now });
        });
        return (prospect, thread);
    }

    /// <summary>Stores an inbound reply, its decision and the reply pipeline's <c>meeting.propose</c> hand-off, as the pipeline does.</summary>
    public async Task<ReplyDecision> ReplyAsync(Prospect prospect, EmailThread thread, double confidence = 0.9, params Interval[] windows)
    {
        var message = new EmailMessage
        {
            ThreadId = thread.Id,
            Direction = MessageDirection.Inbound,
            RfcMessageId = $"reply-{++_replies}-{prospect.Id.Value:N}@globex.example",
            From = prospect.Email,
            Subject = "Re: Quick question",
            OccurredAt = Now,
            ProcessedAt = Now,
        };
        var decision = new ReplyDecision
        {
            OwnerId = Owner,
            MessageId = message.Id,
            ThreadId = thread.Id,
            ProspectId = prospect.Id,
            CampaignId = Campaign.Id,
            Label = ReplyLabel.InterestedMeeting,
            MeetingIntent = true,
            Confidence = confidence,
            Classifier = "test",
            OfferedWindowsJson = windows.Length == 0 ? null : "[" + string.Join(",", windows.Select(w => $"{{\"start\":\"{w.Start}\",\"end\":\"{w.End}\"}}")) + "]",
            DecidedAt = Now,
        };
        var request = new MeetingProposalRequest(decision.Id.Value, message.Id.Value, thread.Id.Value, prospect.Id.Value, Campaign.Id.Value, null);
        await InStoreAsync(async s =>
        {
            await s.Threads.AppendMessageAsync(message);
            await s.ReplyDecisions.AddAsync(decision);
            await s.WorkQueue.EnqueueAsync(new WorkItem { Kind = ReplyWork.MeetingPropose, Key = message.Id.ToString(), Payload = ReplyJson.Proposal(request), DueAt = Now });
        });
        return decision;
    }

    /// <summary>Runs the work-queue job until nothing due is left.</summary>
    public async Task DrainAsync()
    {
        var job = Services.GetServices<IAutoMeetJob>().OfType<WorkQueueJob>().Single();
        for (var round = 0; round < 10; round++)
        {
            await using var scope = Services.CreateAsyncScope();
            await job.RunAsync(scope.ServiceProvider, CancellationToken.None);
        }
    }

    public async Task RunTimeoutJobAsync()
    {
        var job = Services.GetServices<IAutoMeetJob>().Single(j => j.Name == "approval-timeout");
        await using var scope = Services.CreateAsyncScope();
        await job.RunAsync(scope.ServiceProvider, CancellationToken.None);
    }

    public Task<Meeting?> MeetingForAsync(ReplyDecision decision) => InStoreAsync(s => s.Meetings.FindAsync(MeetingScheduler.MeetingIdFor(decision.Id.Value)));

    public Task<IReadOnlyList<ApprovalRequest>> ApprovalsForAsync(Id<Meeting> meetingId) => InStoreAsync(s => s.Approvals.ListByMeetingAsync(meetingId));

    public IReadOnlyList<SandboxSentEmail> SentTo(string address) =>
        [.. Mailbox.ListSent().Where(e => e.Email.To.Any(t => string.Equals(t.Address, address, StringComparison.OrdinalIgnoreCase)))];

    /// <summary>The approve and decline tokens of the newest approval e-mail to the owner (a new meeting's also has a suggest link, third).</summary>
    public (string Approve, string Decline) LatestLinks()
    {
        var tokens = LatestLinkTokens();
        Assert.InRange(tokens.Count, 2, 3);
        return (tokens[0], tokens[1]);
    }

    /// <summary>The Suggest-another-time token of the newest approval e-mail to the owner.</summary>
    public string LatestSuggestLink()
    {
        var tokens = LatestLinkTokens();
        Assert.Equal(3, tokens.Count);
        return tokens[2];
    }

    private List<string> LatestLinkTokens()
    {
        var email = SentTo(Account.EmailAddress)[^1].Email;
        return [.. LinkPattern().Matches(email.TextBody).Select(m => Uri.UnescapeDataString(m.Groups[1].Value))];
    }

    public async Task<IReadOnlyList<string>> AuditActionsAsync(string entityType, string entityId) =>
        [.. (await InStoreAsync(s => s.AuditLog.ListForEntityAsync(entityType, entityId))).Select(e => e.Action)];

    public void Advance(Duration duration) => Time.Advance(duration.ToTimeSpan());

    public async Task<T> InStoreAsync<T>(Func<IAutoMeetStore, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<IAutoMeetStore>());
    }

    public async Task InStoreAsync(Func<IAutoMeetStore, Task> work)
    {
        await using var scope = Services.CreateAsyncScope();
        await work(scope.ServiceProvider.GetRequiredService<IAutoMeetStore>());
    }

    public ValueTask DisposeAsync() => Services.DisposeAsync();

    [GeneratedRegex(@"/approvals/(\S+)")]
    private static partial Regex LinkPattern();
}
