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
using AutoMeet.Sending;
using AutoMeet.Sequences;
using AutoMeet.Storage;
using NodaTime;

namespace AutoMeet.Core.Tests.Privacy;

/// <summary>
/// Seeds, through the store ports, one person (Ada Lovelace) with a record of every kind that can hold their data,
/// and a second person (Bob Builder) whose data must survive Ada's erasure. Shared by the in-memory and SQLite round trips.
/// </summary>
internal sealed class PersonDataScenario
{
    public const string AdaAddress = "ada.lovelace@analytical.example";
    public const string AdaStoredAs = "Ada.Lovelace@Analytical.example";
    public const string AdaLastName = "Lovelace";
    public const string BobAddress = "bob@builders.example";

    public static readonly UserId Owner = new("owner-privacy");

    public Prospect Ada { get; private set; } = null!;

    public Prospect Bob { get; private set; } = null!;

    public Enrollment AdaEnrollment { get; private set; } = null!;

    public OutboxMessage AdaPending { get; private set; } = null!;

    public Meeting AdaMeeting { get; private set; } = null!;

    /// <summary>The strings that must not be found anywhere after Ada's erasure.</summary>
    public static IReadOnlyList<string> AdaNeedles => [AdaAddress, AdaLastName, "Ada Lovelace"];

    public async Task SeedAsync(IAutoMeetStore store, Instant now)
    {
        var mailbox = new MailboxAccount { OwnerId = Owner, EmailAddress = "owner@acme.example", Status = AccountStatus.Connected };
        var sequence = new OutreachSequence { OwnerId = Owner, Name = "Intro" };
        sequence.Steps.Add(new SequenceStep { SequenceId = sequence.Id, Position = 0, Kind = SequenceStepKind.NewThreadEmail, SubjectTemplate = "Hi", BodyTemplate = "Hello {{ prospect.first_name }}" });
        sequence.Steps.Add(new SequenceStep { SequenceId = sequence.Id, Position = 1, Kind = SequenceStepKind.NewThreadEmail, SubjectTemplate = "Again", BodyTemplate = "Hello again" });
        var campaign = new Campaign { OwnerId = Owner, Name = "Q4 outreach", Status = CampaignStatus.Active, SequenceId = sequence.Id, MailboxAccountId = mailbox.Id, StartedAt = now };
        await store.MailboxAccounts.AddAsync(mailbox);
        await store.Sequences.AddAsync(sequence);
        await store.Campaigns.AddAsync(campaign);

        Ada = new Prospect { OwnerId = Owner, Email = AdaStoredAs, FirstName = "Ada", LastName = AdaLastName, Company = "Analytical Engines", Phone = "+442071234567", CustomFields = { ["note"] = "met Ada Lovelace at a conference" } };
        Bob = new Prospect { OwnerId = Owner, Email = BobAddress, FirstName = "Bob", LastName = "Builder", Company = "Builders" };
        await store.Prospects.AddRangeAsync([Ada, Bob]);

        AdaEnrollment = new Enrollment { CampaignId = campaign.Id, ProspectId = Ada.Id, SequenceId = sequence.Id, NextStepPosition = 1 };
        var bobEnrollment = new Enrollment { CampaignId = campaign.Id, ProspectId = Bob.Id, SequenceId = sequence.Id };
        await store.Enrollments.AddRangeAsync([AdaEnrollment, bobEnrollment]);

        var thread = new EmailThread { MailboxAccountId = mailbox.Id, ProspectId = Ada.Id, CampaignId = campaign.Id, Subject = "Hi Ada Lovelace", ProviderThreadId = "t-ada" };
        var outbound = new EmailMessage { ThreadId = thread.Id, Direction = MessageDirection.Outbound, RfcMessageId = "out-1@acme.example", From = "owner@acme.example", To = AdaAddress, Subject = "Hi Ada Lovelace", BodyText = "Hello Ada Lovelace", OccurredAt = now };
        var inbound = new EmailMessage { ThreadId = thread.Id, Direction = MessageDirection.Inbound, RfcMessageId = "in-1@analytical.example", InReplyTo = "out-1@acme.example", From = $"Ada Lovelace <{AdaAddress}>", To = "owner@acme.example", Subject = "Re: Hi", BodyText = "Happy to meet. Ada", OccurredAt = now + Duration.FromHours(1) };
        thread.Messages.Add(outbound);
        thread.Messages.Add(inbound);
        await store.Threads.AddAsync(thread);
        var bobThread = new EmailThread { MailboxAccountId = mailbox.Id, ProspectId = Bob.Id, CampaignId = campaign.Id, Subject = "Hi Bob", ProviderThreadId = "t-bob" };
        bobThread.Messages.Add(new EmailMessage { ThreadId = bobThread.Id, Direction = MessageDirection.Outbound, RfcMessageId = "out-2@acme.example", From = "owner@acme.example", To = BobAddress, Subject = "Hi Bob", BodyText = "Hello Bob", OccurredAt = now });
        await store.Threads.AddAsync(bobThread);

        await store.EmailEvents.AddRangeAsync(
        [
            new EmailEvent { Kind = EmailEventKind.Sent, OccurredAt = now, CampaignId = campaign.Id, ProspectId = Ada.Id, EnrollmentId = AdaEnrollment.Id, MessageId = outbound.Id, StepPosition = 0 },
            new EmailEvent { Kind = EmailEventKind.Replied, OccurredAt = now + Duration.FromHours(1), CampaignId = campaign.Id, ProspectId = Ada.Id, EnrollmentId = AdaEnrollment.Id, MessageId = inbound.Id },
            new EmailEvent { Kind = EmailEventKind.Sent, OccurredAt = now, CampaignId = campaign.Id, ProspectId = Bob.Id, EnrollmentId = bobEnrollment.Id, StepPosition = 0 },
        ]);

        await store.ReplyDecisions.AddAsync(new ReplyDecision
        {
            OwnerId = Owner, MessageId = inbound.Id, ThreadId = thread.Id, ProspectId = Ada.Id, CampaignId = campaign.Id, EnrollmentId = AdaEnrollment.Id,
            Label = ReplyLabel.InterestedMeeting, Confidence = 0.9, MeetingIntent = true, Classifier = "offline", Reasons = "meeting intent", Actions = "meeting proposal queued", DecidedAt = now + Duration.FromHours(1),
        });

        var sent = new OutboxMessage { OwnerId = Owner, CampaignId = campaign.Id, EnrollmentId = AdaEnrollment.Id, ProspectId = Ada.Id, StepPosition = 0, IsFirstTouch = true, MailboxAccountId = mailbox.Id, RfcMessageId = "out-1@acme.example", Status = OutboxStatus.Sent, DueAt = now, CompletedAt = now, SentAt = now };
        AdaPending = new OutboxMessage { OwnerId = Owner, CampaignId = campaign.Id, EnrollmentId = AdaEnrollment.Id, ProspectId = Ada.Id, StepPosition = 1, MailboxAccountId = mailbox.Id, RfcMessageId = "out-3@acme.example", DueAt = now + Duration.FromDays(3) };
        var bobPending = new OutboxMessage { OwnerId = Owner, CampaignId = campaign.Id, EnrollmentId = bobEnrollment.Id, ProspectId = Bob.Id, StepPosition = 1, MailboxAccountId = mailbox.Id, RfcMessageId = "out-4@acme.example", DueAt = now + Duration.FromDays(3) };
        await store.Outbox.AddRangeAsync([sent, AdaPending, bobPending]);

        AdaMeeting = new Meeting { OwnerId = Owner, ProspectId = Ada.Id, CampaignId = campaign.Id, ThreadId = thread.Id, Title = "Ada Lovelace / Acme", Start = now + Duration.FromDays(2), End = now + Duration.FromDays(2) + Duration.FromMinutes(30), ProspectTimeZoneId = "Europe/London" };
        await store.Meetings.AddAsync(AdaMeeting);
        await store.Approvals.AddAsync(new ApprovalRequest { MeetingId = AdaMeeting.Id, OwnerId = Owner, TokenHash = "token-hash-ada", ExpiresAt = now + Duration.FromDays(1) });

        await store.DomainEvents.AppendAsync(new DomainEvent { Type = DomainEventTypes.EmailSent, OccurredAt = now, OwnerId = Owner, CampaignId = campaign.Id, ProspectId = Ada.Id, EntityType = nameof(EmailEvent), EntityId = Guid.NewGuid().ToString(), Payload = $$"""{"kind":"sent","enrollmentId":"{{AdaEnrollment.Id}}"}""" });
        await store.DomainEvents.AppendAsync(new DomainEvent { Type = DomainEventTypes.MeetingProposed, OccurredAt = now, OwnerId = Owner, CampaignId = campaign.Id, ProspectId = Ada.Id, EntityType = nameof(Meeting), EntityId = AdaMeeting.Id.ToString(), Payload = $$"""{"status":"proposed","start":"{{AdaMeeting.Start}}"}""" });
        await store.DomainEvents.AppendAsync(new DomainEvent { Type = DomainEventTypes.EmailSent, OccurredAt = now, OwnerId = Owner, CampaignId = campaign.Id, ProspectId = Bob.Id, EntityType = nameof(EmailEvent), EntityId = Guid.NewGuid().ToString(), Payload = """{"kind":"sent"}""" });

        await store.Notifications.EnqueueAsync(new Notification { OwnerId = Owner, Kind = "reply.meeting-intent", Subject = "Ada Lovelace wants to meet", Body = "Ada Lovelace (Analytical Engines) agreed to a meeting.", Payload = $$"""{"prospectId":"{{Ada.Id}}"}""", DueAt = now });
        await store.Notifications.EnqueueAsync(new Notification { OwnerId = Owner, Kind = "reply.referral", Subject = "Referral from Bob Builder", Body = "Bob referred someone.", Payload = $$"""{"prospectId":"{{Bob.Id}}","referredEmail":"{{AdaAddress}}"}""", DueAt = now });
        await store.Notifications.EnqueueAsync(new Notification { OwnerId = Owner, Kind = "campaign.started", Subject = "Campaign started", Body = "Q4 outreach started.", DueAt = now });

        await store.Suppressions.AddIfAbsentAsync(new SuppressionEntry { OwnerId = Owner, Kind = SuppressionKind.Address, Value = AdaAddress, Reason = SuppressionReason.Unsubscribed, Source = "unsubscribe-link" });
        await store.Suppressions.AddIfAbsentAsync(new SuppressionEntry { OwnerId = Owner, Kind = SuppressionKind.Domain, Value = "spam.example", Reason = SuppressionReason.Manual });
    }
}
