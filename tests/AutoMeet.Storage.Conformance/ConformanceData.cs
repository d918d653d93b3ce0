using AutoMeet.Accounts;
using AutoMeet.Approvals;
using AutoMeet.Campaigns;
using AutoMeet.Compliance;
using AutoMeet.Meetings;
using AutoMeet.Messaging;
using AutoMeet.Notifications;
using AutoMeet.Prospects;
using AutoMeet.Scheduling;
using AutoMeet.Sequences;
using AutoMeet.Work;
using NodaTime;

namespace AutoMeet.Storage.Conformance;

/// <summary>
/// Builds valid, fully populated entities for the conformance suite: every property has a value other than its
/// default, so a round trip shows that the store keeps it. Unique values (addresses, token hashes, keys) are fresh on
/// every call. Entities are not stored: the caller passes the ids of stored entities they refer to.
/// </summary>
/// <remarks>Instants carry whole microseconds (below that, PostgreSQL rounds), to show microsecond precision.</remarks>
public static class ConformanceData
{
    /// <summary>An instant with a microsecond fraction, in the week after the suite's start instant.</summary>
    public static readonly Instant PreciseInstant = Instant.FromUtc(2026, 6, 3, 9, 30, 15).PlusNanoseconds(123_456_000);

    /// <summary>Returns a new owner (host user) id, unique to the call.</summary>
    /// <returns>The owner id.</returns>
    public static UserId NewOwner() => new($"owner-{Unique()}");

    /// <summary>Returns a short random text, to make values unique.</summary>
    /// <returns>Twelve lower-case hexadecimal characters.</returns>
    public static string Unique() => Guid.NewGuid().ToString("N")[..12];

    /// <summary>Returns <paramref name="count"/> new ids in ascending order, so creation order and id order agree.</summary>
    /// <typeparam name="T">The entity type.</typeparam>
    /// <param name="count">How many.</param>
    /// <returns>The ids, ascending.</returns>
    public static IReadOnlyList<Id<T>> AscendingIds<T>(int count)
        where T : class
    {
        var ids = Enumerable.Range(0, count).Select(_ => Id<T>.New()).ToList();
        ids.Sort();
        return ids;
    }

    /// <summary>Builds a connected Google account with tokens, cursors and limits.</summary>
    /// <param name="ownerId">The owner.</param>
    /// <param name="emailAddress">The address (lower case), or <see langword="null"/> for a fresh one.</param>
    /// <returns>The account.</returns>
    public static MailboxAccount MailboxAccount(UserId ownerId, string? emailAddress = null) => new()
    {
        OwnerId = ownerId,
        Provider = MailProvider.Google,
        EmailAddress = emailAddress ?? $"sender-{Unique()}@owner.example",
        DisplayName = "Ada Owner",
        Status = AccountStatus.Paused,
        Scopes = "https://www.googleapis.com/auth/gmail.modify https://www.googleapis.com/auth/calendar",
        AccessToken = new EncryptedSecret($"k1:access-{Unique()}"),
        AccessTokenExpiresAt = PreciseInstant,
        RefreshToken = new EncryptedSecret($"k1:refresh-{Unique()}"),
        HistoryCursor = "987654321",
        WatchExpiresAt = PreciseInstant.Plus(Duration.FromDays(7)),
        CalendarChannels =
        [
            new("primary", $"automeet-{Unique()}", "resource-1", PreciseInstant.Plus(Duration.FromDays(6))),
            new("team@group.calendar.google.com", $"automeet-{Unique()}", "resource-2", PreciseInstant.Plus(Duration.FromDays(7))),
        ],
        DailySendLimit = 35,
        WarmupStartedAt = PreciseInstant.Minus(Duration.FromDays(10)),
    };

    /// <summary>Builds a sequence with <paramref name="stepCount"/> steps at positions 0, 1, 2….</summary>
    /// <param name="ownerId">The owner.</param>
    /// <param name="stepCount">How many steps.</param>
    /// <returns>The sequence.</returns>
    public static OutreachSequence Sequence(UserId ownerId, int stepCount = 3)
    {
        var sequence = new OutreachSequence
        {
            OwnerId = ownerId,
            Name = $"Sequence {Unique()}",
            StopOnCompanyReply = true,
            StopOnClick = true,
        };
        var stepIds = AscendingIds<SequenceStep>(stepCount);
        for (var position = 0; position < stepCount; position++)
        {
            sequence.Steps.Add(Step(sequence.Id, position, stepIds[position]));
        }

        return sequence;
    }

    /// <summary>Builds a sequence step.</summary>
    /// <param name="sequenceId">The sequence.</param>
    /// <param name="position">The position.</param>
    /// <param name="id">The step id, or <see langword="null"/> for a new one.</param>
    /// <returns>The step.</returns>
    public static SequenceStep Step(Id<OutreachSequence> sequenceId, int position, Id<SequenceStep>? id = null) => new()
    {
        Id = id ?? Id<SequenceStep>.New(),
        SequenceId = sequenceId,
        Position = position,
        Kind = position == 0 ? SequenceStepKind.FollowUpEmail : SequenceStepKind.Condition,
        DelayAmount = position + 2,
        DelayUnit = DelayUnit.Hours,
        SubjectTemplate = $"Step {position}: {{{{ prospect.company }}}}",
        BodyTemplate = $"Hi {{{{ prospect.first_name }}}}, step {position}.",
        Condition = EngagementCondition.NotReplied,
    };

    /// <summary>Builds an active campaign that sends <paramref name="sequenceId"/> from <paramref name="mailboxAccountId"/>.</summary>
    /// <param name="ownerId">The owner.</param>
    /// <param name="sequenceId">A stored sequence.</param>
    /// <param name="mailboxAccountId">A stored mailbox account.</param>
    /// <returns>The campaign.</returns>
    public static Campaign Campaign(UserId ownerId, Id<OutreachSequence> sequenceId, Id<MailboxAccount> mailboxAccountId) => new()
    {
        OwnerId = ownerId,
        Name = $"Campaign {Unique()}",
        Description = "Q3 outreach to platform teams",
        Status = CampaignStatus.Active,
        SequenceId = sequenceId,
        MailboxAccountId = mailboxAccountId,
        ApprovalMode = ApprovalMode.Autonomous,
        AutonomousConfidenceThreshold = 0.875,
        AutoRetireLosingVariants = true,
        VariantRetirementMeasure = VariantMeasure.PositiveReplyRate,
        RetiredVariants = ["B"],
        StartedAt = PreciseInstant,
        EndedAt = PreciseInstant.Plus(Duration.FromDays(30)),
    };

    /// <summary>Builds a campaign schedule.</summary>
    /// <param name="campaignId">A stored campaign.</param>
    /// <param name="startAt">The start, or <see langword="null"/> for <see cref="PreciseInstant"/>.</param>
    /// <returns>The schedule.</returns>
    public static CampaignSchedule CampaignSchedule(Id<Campaign> campaignId, Instant? startAt = null) => new()
    {
        CampaignId = campaignId,
        StartAt = startAt ?? PreciseInstant,
        EndAt = (startAt ?? PreciseInstant).Plus(Duration.FromDays(14)),
        TimeZoneId = "Europe/Berlin",
        Days = SendingDays.Tuesday | SendingDays.Thursday | SendingDays.Saturday,
        WindowStart = new LocalTime(8, 30),
        WindowEnd = new LocalTime(16, 45, 30),
        StartNoticeSentAt = PreciseInstant.Minus(Duration.FromDays(1)),
    };

    /// <summary>Builds a prospect with custom fields.</summary>
    /// <param name="ownerId">The owner.</param>
    /// <param name="email">The address (lower case), or <see langword="null"/> for a fresh one.</param>
    /// <returns>The prospect.</returns>
    public static Prospect Prospect(UserId ownerId, string? email = null) => new()
    {
        OwnerId = ownerId,
        Email = email ?? $"grace-{Unique()}@prospect.example",
        FirstName = "Grace",
        LastName = "Hopper",
        Company = "Prospect Corp",
        Title = "VP Engineering",
        TimeZoneId = "America/New_York",
        CountryCode = "US",
        Phone = "+1 212 555 0100",
        LinkedInUrl = "https://www.linkedin.com/in/example",
        CustomFields =
        {
            ["industry"] = "Software",
            ["employees"] = "250",
            ["Pain Point"] = "Scheduling",
        },
    };

    /// <summary>Builds a thread with <paramref name="messageCount"/> messages, oldest first, alternating outbound and inbound.</summary>
    /// <param name="mailboxAccountId">A stored mailbox account.</param>
    /// <param name="prospectId">A stored prospect.</param>
    /// <param name="campaignId">A stored campaign, or <see langword="null"/>.</param>
    /// <param name="messageCount">How many messages.</param>
    /// <returns>The thread.</returns>
    public static EmailThread Thread(Id<MailboxAccount> mailboxAccountId, Id<Prospect> prospectId, Id<Campaign>? campaignId, int messageCount = 2)
    {
        var thread = new EmailThread
        {
            MailboxAccountId = mailboxAccountId,
            ProspectId = prospectId,
            CampaignId = campaignId,
            ProviderThreadId = $"thread-{Unique()}",
            Subject = "Quick question about scheduling",
        };
        var ids = AscendingIds<EmailMessage>(messageCount);
        for (var i = 0; i < messageCount; i++)
        {
            var direction = i % 2 == 0 ? MessageDirection.Outbound : MessageDirection.Inbound;
            thread.Messages.Add(Message(thread.Id, direction, PreciseInstant.Plus(Duration.FromHours(i)), id: ids[i]));
        }

        thread.RootMessageId = thread.Messages.Count > 0 ? thread.Messages[0].RfcMessageId : $"root-{Unique()}@owner.example";
        thread.LastMessageAt = thread.Messages.Count > 0 ? thread.Messages[^1].OccurredAt : PreciseInstant;
        thread.LastInboundAt = thread.Messages.LastOrDefault(m => m.Direction == MessageDirection.Inbound)?.OccurredAt ?? PreciseInstant;
        return thread;
    }

    /// <summary>Builds a message of a thread.</summary>
    /// <param name="threadId">The thread.</param>
    /// <param name="direction">Which way it travelled.</param>
    /// <param name="occurredAt">When it was sent or received.</param>
    /// <param name="rfcMessageId">The Message-ID, or <see langword="null"/> for a fresh one.</param>
    /// <param name="id">The message id, or <see langword="null"/> for a new one.</param>
    /// <returns>The message.</returns>
    public static EmailMessage Message(Id<EmailThread> threadId, MessageDirection direction, Instant occurredAt, string? rfcMessageId = null, Id<EmailMessage>? id = null) => new()
    {
        Id = id ?? Id<EmailMessage>.New(),
        ThreadId = threadId,
        Direction = direction,
        RfcMessageId = rfcMessageId ?? $"{Unique()}@mail.example",
        ProviderMessageId = $"gm-{Unique()}",
        InReplyTo = $"{Unique()}@mail.example",
        From = direction == MessageDirection.Outbound ? "sender@owner.example" : "grace@prospect.example",
        To = direction == MessageDirection.Outbound ? "grace@prospect.example" : "sender@owner.example",
        Subject = "Re: Quick question about scheduling",
        BodyText = "Would Tuesday at 10:00 work?",
        OccurredAt = occurredAt,
        ProcessedAt = occurredAt.Plus(Duration.FromMinutes(2)),
    };

    /// <summary>Builds an active enrollment.</summary>
    /// <param name="campaignId">A stored campaign.</param>
    /// <param name="prospectId">A stored prospect.</param>
    /// <param name="sequenceId">A stored sequence.</param>
    /// <param name="mailboxAccountId">A stored mailbox account, or <see langword="null"/>.</param>
    /// <param name="threadId">A stored thread, or <see langword="null"/>.</param>
    /// <returns>The enrollment.</returns>
    public static Enrollment Enrollment(Id<Campaign> campaignId, Id<Prospect> prospectId, Id<OutreachSequence> sequenceId, Id<MailboxAccount>? mailboxAccountId = null, Id<EmailThread>? threadId = null) => new()
    {
        CampaignId = campaignId,
        ProspectId = prospectId,
        SequenceId = sequenceId,
        Status = EnrollmentStatus.Active,
        NextStepPosition = 2,
        NextStepDueAt = PreciseInstant,
        LastStepSentAt = PreciseInstant.Minus(Duration.FromDays(2)),
        SnoozedUntil = PreciseInstant.Minus(Duration.FromDays(1)),
        StopReason = StopReason.Manual,
        MailboxAccountId = mailboxAccountId,
        ThreadId = threadId,
        Variant = "B",
    };

    /// <summary>Builds an e-mail event.</summary>
    /// <param name="kind">What happened.</param>
    /// <param name="occurredAt">When.</param>
    /// <param name="campaignId">A stored campaign, or <see langword="null"/>.</param>
    /// <param name="prospectId">A stored prospect, or <see langword="null"/>.</param>
    /// <param name="enrollmentId">A stored enrollment, or <see langword="null"/>.</param>
    /// <param name="messageId">A stored message, or <see langword="null"/>.</param>
    /// <returns>The event.</returns>
    public static EmailEvent EmailEvent(EmailEventKind kind, Instant occurredAt, Id<Campaign>? campaignId = null, Id<Prospect>? prospectId = null, Id<Enrollment>? enrollmentId = null, Id<EmailMessage>? messageId = null) => new()
    {
        Kind = kind,
        OccurredAt = occurredAt,
        CampaignId = campaignId,
        ProspectId = prospectId,
        EnrollmentId = enrollmentId,
        MessageId = messageId,
        StepPosition = 1,
        Variant = "A",
        Detail = "https://example.com/pricing",
    };

    /// <summary>Builds a scheduled meeting.</summary>
    /// <param name="ownerId">The owner.</param>
    /// <param name="prospectId">A stored prospect.</param>
    /// <param name="start">The start.</param>
    /// <param name="length">The length.</param>
    /// <param name="campaignId">A stored campaign, or <see langword="null"/>.</param>
    /// <param name="threadId">A stored thread, or <see langword="null"/>.</param>
    /// <param name="calendarAccountId">A stored mailbox account, or <see langword="null"/>.</param>
    /// <returns>The meeting.</returns>
    public static Meeting Meeting(UserId ownerId, Id<Prospect> prospectId, Instant start, Duration length, Id<Campaign>? campaignId = null, Id<EmailThread>? threadId = null, Id<MailboxAccount>? calendarAccountId = null) => new()
    {
        OwnerId = ownerId,
        ProspectId = prospectId,
        CampaignId = campaignId,
        ThreadId = threadId,
        CalendarAccountId = calendarAccountId,
        Status = MeetingStatus.Scheduled,
        Title = "Intro call",
        Start = start,
        End = start.Plus(length),
        ProspectTimeZoneId = "America/New_York",
        CalendarEventId = $"evt-{Unique()}",
        ConferenceUrl = "https://meet.google.com/abc-defg-hij",
        HoldExpiresAt = start.Minus(Duration.FromHours(20)),
    };

    /// <summary>Builds calendar settings with a weekly, a monthly and a date-override rule and two busy calendars.</summary>
    /// <param name="ownerId">The owner.</param>
    /// <returns>The settings.</returns>
    public static CalendarSettings CalendarSettings(UserId ownerId)
    {
        var settings = new CalendarSettings
        {
            OwnerId = ownerId,
            TimeZoneId = "Europe/London",
            BufferBefore = Duration.FromMinutes(10),
            BufferAfter = Duration.FromMinutes(5),
            MinimumNotice = Duration.FromHours(6),
            BookingHorizonDays = 21,
            SlotInterval = Duration.FromMinutes(20),
            MeetingDuration = Duration.FromMinutes(45),
            MaxMeetingsPerDay = 4,
            MaxMeetingsPerWeek = 12,
            BusyCalendarIds = { "primary", "team@owner.example" },
            TentativeIsBusy = false,
            TransparentIsBusy = true,
        };
        var ids = AscendingIds<AvailabilityRule>(3);
        settings.Rules.Add(new AvailabilityRule
        {
            Id = ids[0],
            CalendarSettingsId = settings.Id,
            Kind = AvailabilityRuleKind.Weekly,
            Days = SendingDays.Monday | SendingDays.Wednesday,
            IntervalWeeks = 2,
            AnchorDate = new LocalDate(2026, 6, 1),
            Start = new LocalTime(9, 0),
            End = new LocalTime(12, 30),
        });
        settings.Rules.Add(Rule(settings.Id, ids[1]));
        settings.Rules.Add(new AvailabilityRule
        {
            Id = ids[2],
            CalendarSettingsId = settings.Id,
            Kind = AvailabilityRuleKind.DateOverride,
            Days = SendingDays.Friday,
            IntervalWeeks = 1,
            Date = new LocalDate(2026, 12, 24),
            IsUnavailable = true,
            Start = new LocalTime(0, 0),
            End = new LocalTime(0, 0),
        });
        return settings;
    }

    /// <summary>Builds a fully populated monthly rule (every property set).</summary>
    /// <param name="calendarSettingsId">The settings.</param>
    /// <param name="id">The rule id, or <see langword="null"/> for a new one.</param>
    /// <returns>The rule.</returns>
    public static AvailabilityRule Rule(Id<CalendarSettings> calendarSettingsId, Id<AvailabilityRule>? id = null) => new()
    {
        Id = id ?? Id<AvailabilityRule>.New(),
        CalendarSettingsId = calendarSettingsId,
        Kind = AvailabilityRuleKind.MonthlyNthWeekday,
        Days = SendingDays.Thursday,
        IntervalWeeks = 3,
        AnchorDate = new LocalDate(2026, 7, 2),
        WeekOfMonth = -1,
        Date = new LocalDate(2026, 7, 30),
        IsUnavailable = true,
        Start = new LocalTime(22, 15, 30),
        End = new LocalTime(1, 45),
    };

    /// <summary>Builds a decided approval request (every property set); set it back to pending where a test needs one.</summary>
    /// <param name="meetingId">A stored meeting.</param>
    /// <param name="ownerId">The owner.</param>
    /// <param name="expiresAt">When it expires.</param>
    /// <returns>The request.</returns>
    public static ApprovalRequest Approval(Id<Meeting> meetingId, UserId ownerId, Instant expiresAt) => new()
    {
        MeetingId = meetingId,
        OwnerId = ownerId,
        Status = ApprovalStatus.AlternativeSuggested,
        TokenHash = $"sha256:{Unique()}{Unique()}",
        ExpiresAt = expiresAt,
        Confidence = 0.9375,
        DecidedAt = expiresAt.Minus(Duration.FromHours(1)),
        DecidedBy = "owner-1",
        DecisionSource = "link 203.0.113.7",
        SuggestedStart = expiresAt.Plus(Duration.FromDays(2)),
    };

    /// <summary>Builds a pending approval request that expires at <paramref name="expiresAt"/>.</summary>
    /// <param name="meetingId">A stored meeting.</param>
    /// <param name="ownerId">The owner.</param>
    /// <param name="expiresAt">When it expires.</param>
    /// <returns>The request.</returns>
    public static ApprovalRequest PendingApproval(Id<Meeting> meetingId, UserId ownerId, Instant expiresAt)
    {
        var request = Approval(meetingId, ownerId, expiresAt);
        request.Status = ApprovalStatus.Pending;
        request.DecidedAt = null;
        request.DecidedBy = null;
        request.DecisionSource = null;
        request.SuggestedStart = null;
        return request;
    }

    /// <summary>Builds a queued (never claimed) notification.</summary>
    /// <param name="ownerId">The owner.</param>
    /// <param name="dueAt">When it is due.</param>
    /// <param name="kind">The kind.</param>
    /// <param name="deduplicationKey">The deduplication key, or <see langword="null"/>.</param>
    /// <returns>The notification.</returns>
    public static Notification Notification(UserId ownerId, Instant dueAt, string kind = "approval.needed", string? deduplicationKey = null) => new()
    {
        OwnerId = ownerId,
        Kind = kind,
        Channel = NotificationChannel.Webhook,
        Subject = "A meeting needs your approval",
        Body = "Grace Hopper accepted Tuesday 10:00.",
        Payload = """{"meeting":"m-1"}""",
        DeduplicationKey = deduplicationKey,
        DueAt = dueAt,
    };

    /// <summary>Builds a queued (never claimed) work item.</summary>
    /// <param name="kind">The kind.</param>
    /// <param name="key">The idempotency key, or <see langword="null"/> for a fresh one.</param>
    /// <param name="dueAt">When it is due.</param>
    /// <returns>The item.</returns>
    public static WorkItem WorkItem(string kind, string? key, Instant dueAt) => new()
    {
        Kind = kind,
        Key = key ?? $"key-{Unique()}",
        Payload = """{"enrollment":"e-1","step":2}""",
        DueAt = dueAt,
    };

    /// <summary>Builds a suppression entry.</summary>
    /// <param name="ownerId">The owner.</param>
    /// <param name="kind">What the value matches.</param>
    /// <param name="value">The value (lower case).</param>
    /// <returns>The entry.</returns>
    public static SuppressionEntry Suppression(UserId ownerId, SuppressionKind kind, string value) => new()
    {
        OwnerId = ownerId,
        Kind = kind,
        Value = value,
        Reason = SuppressionReason.Complained,
        Source = "reply",
    };

    /// <summary>Builds an audit entry at position <paramref name="sequence"/> of an owner's chain.</summary>
    /// <param name="ownerId">The owner.</param>
    /// <param name="sequence">The position in the chain, from 1.</param>
    /// <param name="entityType">The entity type acted on.</param>
    /// <param name="entityId">The entity id acted on.</param>
    /// <returns>The entry.</returns>
    public static AuditEntry AuditEntry(UserId ownerId, long sequence, string entityType = "Meeting", string? entityId = null) => new()
    {
        Sequence = sequence,
        OwnerId = ownerId,
        OccurredAt = PreciseInstant.Plus(Duration.FromMinutes(sequence)),
        ActorKind = ActorKind.AI,
        ActorId = "model-x",
        Action = "meeting.booked",
        EntityType = entityType,
        EntityId = entityId ?? Guid.NewGuid().ToString("D"),
        Detail = """{"confidence":0.93}""",
        PreviousHash = sequence == 1 ? string.Empty : $"hash-{sequence - 1}",
        Hash = $"hash-{sequence}",
    };
}
