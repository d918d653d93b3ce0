using AutoMeet.Accounts;
using AutoMeet.Campaigns;
using AutoMeet.Messaging;
using AutoMeet.Prospects;
using AutoMeet.Replies;
using AutoMeet.Replies.Pipeline;
using AutoMeet.Sandbox;
using AutoMeet.Sending;
using AutoMeet.Sequences;
using AutoMeet.Storage;
using AutoMeet.Storage.Conformance.Tests.InMemory;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using NodaTime;
using NodaTime.Extensions;

namespace AutoMeet.Core.Tests.Replies.Pipeline;

/// <summary>AutoMeet with the in-memory store, the sandbox mailbox and a fake clock; seeds a campaign whose first step was sent.</summary>
internal sealed class ReplyPipelineHost : IAsyncDisposable
{
    public ReplyPipelineHost(Action<IServiceCollection>? configure = null)
    {
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(Time);
        services.AddAutoMeet();
        services.AddInMemoryAutoMeetStore();
        configure?.Invoke(services);
        Services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
    }

    /// <summary>Monday 2 March 2026, 09:00 UTC.</summary>
    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));

    public Instant Now => Time.GetUtcNow().ToInstant();

    public ServiceProvider Services { get; }

    public SandboxMailbox Mailbox => Services.GetRequiredService<SandboxMailbox>();

    public IReplyProcessor Processor => Services.GetRequiredService<IReplyProcessor>();

    public UserId Owner { get; } = new("owner-1");

    public MailboxAccount Account { get; private set; } = null!;

    public Campaign Campaign { get; private set; } = null!;

    public async Task InitializeAsync(bool stopOnCompanyReply = false)
    {
        Account = new MailboxAccount { OwnerId = Owner, EmailAddress = "seller@vendor.example", Status = AccountStatus.Connected, HistoryCursor = "0" };
        var sequence = new OutreachSequence { OwnerId = Owner, Name = "Intro", StopOnCompanyReply = stopOnCompanyReply };
        sequence.Steps.Add(new SequenceStep { SequenceId = sequence.Id, Position = 0, Kind = SequenceStepKind.NewThreadEmail, SubjectTemplate = "Hello", BodyTemplate = "Hi" });
        sequence.Steps.Add(new SequenceStep { SequenceId = sequence.Id, Position = 1, Kind = SequenceStepKind.FollowUpEmail, SubjectTemplate = "Again", BodyTemplate = "Hi again" });
        Campaign = new Campaign { OwnerId = Owner, Name = "Spring", Status = CampaignStatus.Active, SequenceId = sequence.Id, MailboxAccountId = Account.Id };
        await InStoreAsync(async s =>
        {
            await s.MailboxAccounts.AddAsync(Account);
            await s.Sequences.AddAsync(sequence);
            await s.Campaigns.AddAsync(Campaign);
        });
    }

    /// <summary>Enrolls a prospect and does what the sender does for step 0: send, thread, message, outbox rows (step 1 still pending).</summary>
    public async Task<Contact> EnrollAsync(string email, string? timeZoneId = null)
    {
        var prospect = new Prospect { OwnerId = Owner, Email = email, FirstName = "Ada", LastName = "Lovelace", Company = "Analytical", TimeZoneId = timeZoneId };
        var enrollment = new Enrollment
        {
            CampaignId = Campaign.Id, ProspectId = prospect.Id, SequenceId = Campaign.SequenceId!.Value, MailboxAccountId = Account.Id, NextStepPosition = 1,
            NextStepDueAt = Now + Duration.FromDays(3),
        };
        var rfcId = $"{Guid.NewGuid():N}@vendor.example";
        var sent = await Mailbox.SendAsync(new OutgoingEmail
        {
            MailboxAccountId = Account.Id, To = [new EmailAddress(email)], Subject = "Hello", TextBody = "Hi, can we book a call?", RfcMessageId = rfcId,
        });
        var thread = new EmailThread
        {
            MailboxAccountId = Account.Id, ProspectId = prospect.Id, CampaignId = Campaign.Id, ProviderThreadId = sent.ProviderThreadId, Subject = "Hello", RootMessageId = sent.RfcMessageId,
        };
        thread.Messages.Add(new EmailMessage
        {
            ThreadId = thread.Id, Direction = MessageDirection.Outbound, RfcMessageId = sent.RfcMessageId, ProviderMessageId = sent.ProviderMessageId,
            From = Account.EmailAddress, To = email, Subject = "Hello", BodyText = "Hi", OccurredAt = sent.SentAt,
        });
        enrollment.ThreadId = thread.Id;
        enrollment.LastStepSentAt = sent.SentAt;
        await InStoreAsync(async s =>
        {
            await s.Prospects.AddAsync(prospect);
            await s.Enrollments.AddAsync(enrollment);
            await s.Threads.AddAsync(thread);
            await s.Outbox.AddAsync(Row(enrollment, 0, rfcId, OutboxStatus.Sent, sent));
            await s.Outbox.AddAsync(Row(enrollment, 1, $"{Guid.NewGuid():N}@vendor.example", OutboxStatus.Pending, null));
        });
        return new Contact(prospect, enrollment, sent, thread);
    }

    /// <summary>Enrolls a prospect with nothing sent yet (a colleague at the same company, for company-wide stops).</summary>
    public async Task<Enrollment> EnrollQuietAsync(string email)
    {
        var prospect = new Prospect { OwnerId = Owner, Email = email, FirstName = "Bob", Company = "Analytical" };
        var enrollment = new Enrollment { CampaignId = Campaign.Id, ProspectId = prospect.Id, SequenceId = Campaign.SequenceId!.Value, NextStepDueAt = Now + Duration.FromDays(1) };
        await InStoreAsync(async s =>
        {
            await s.Prospects.AddAsync(prospect);
            await s.Enrollments.AddAsync(enrollment);
            await s.Outbox.AddAsync(Row(enrollment, 0, $"{Guid.NewGuid():N}@vendor.example", OutboxStatus.Pending, null));
        });
        return enrollment;
    }

    public InboundEmail Reply(Contact contact, string body, IReadOnlyDictionary<string, string>? headers = null) =>
        Mailbox.SimulateReply(contact.Sent, contact.Prospect.Email, body, headers);

    public Task<ReplyProcessingResult> ProcessAsync() => Processor.ProcessAccountAsync(Account.Id);

    public Task<Enrollment> EnrollmentAsync(Id<Enrollment> id) => InStoreAsync(async s => (await s.Enrollments.FindAsync(id))!);

    public Task<IReadOnlyList<ReplyDecision>> DecisionsAsync(Contact contact) => InStoreAsync(s => s.ReplyDecisions.ListByProspectAsync(contact.Prospect.Id));

    public Task<IReadOnlyList<OutboxMessage>> OutboxAsync(Id<Enrollment> id) => InStoreAsync(s => s.Outbox.ListByEnrollmentAsync(id));

    public Task<IReadOnlyList<EmailEvent>> EventsAsync(Contact contact) =>
        InStoreAsync(s => s.EmailEvents.ListAsync(new EmailEventQuery { ProspectId = contact.Prospect.Id }, PageRequest.First));

    public Task<MailboxAccount> AccountAsync() => InStoreAsync(async s => (await s.MailboxAccounts.FindAsync(Account.Id))!);

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

    private OutboxMessage Row(Enrollment enrollment, int step, string rfcId, OutboxStatus status, SentEmail? sent) => new()
    {
        OwnerId = Owner, CampaignId = Campaign.Id, EnrollmentId = enrollment.Id, ProspectId = enrollment.ProspectId, StepPosition = step, IsFirstTouch = step == 0,
        MailboxAccountId = Account.Id, RfcMessageId = rfcId, Status = status, DueAt = sent?.SentAt ?? Now + Duration.FromDays(3),
        CompletedAt = sent?.SentAt, SentAt = sent?.SentAt, ProviderMessageId = sent?.ProviderMessageId, ProviderThreadId = sent?.ProviderThreadId, SentRfcMessageId = sent?.RfcMessageId,
    };
}

/// <summary>A seeded prospect whose first e-mail was sent.</summary>
internal sealed record Contact(Prospect Prospect, Enrollment Enrollment, SentEmail Sent, EmailThread Thread);
