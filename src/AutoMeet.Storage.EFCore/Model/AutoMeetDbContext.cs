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
using AutoMeet.Storage.EFCore.Model.Configurations;
using AutoMeet.Storage.EFCore.Model.Conversions;
using AutoMeet.Webhooks;
using AutoMeet.Work;
using Microsoft.EntityFrameworkCore;

namespace AutoMeet.Storage.EFCore.Model;

/// <summary>
/// The AutoMeet model, shared by both providers. Each provider has a small derived context
/// (<see cref="SqliteAutoMeetDbContext"/>, <see cref="PostgreSqlAutoMeetDbContext"/>) that owns its migrations.
/// </summary>
internal abstract class AutoMeetDbContext(DbContextOptions options) : DbContext(options)
{
    /// <summary>The name of the shadow property that keeps the order of owned children (steps, rules, messages).</summary>
    public const string OrdinalProperty = "Ordinal";

    /// <summary>Gets the provider this context is bound to.</summary>
    public abstract StoreProvider Provider { get; }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        MapId<Campaign>(configurationBuilder);
        MapId<CampaignSchedule>(configurationBuilder);
        MapId<Prospect>(configurationBuilder);
        MapId<OutreachSequence>(configurationBuilder);
        MapId<SequenceStep>(configurationBuilder);
        MapId<Enrollment>(configurationBuilder);
        MapId<EmailThread>(configurationBuilder);
        MapId<EmailMessage>(configurationBuilder);
        MapId<EmailEvent>(configurationBuilder);
        MapId<Meeting>(configurationBuilder);
        MapId<CalendarSettings>(configurationBuilder);
        MapId<AvailabilityRule>(configurationBuilder);
        MapId<ApprovalRequest>(configurationBuilder);
        MapId<Notification>(configurationBuilder);
        MapId<MailboxAccount>(configurationBuilder);
        MapId<SuppressionEntry>(configurationBuilder);
        MapId<AuditEntry>(configurationBuilder);
        MapId<WorkItem>(configurationBuilder);
        MapId<CalendarBusyBlock>(configurationBuilder);
        MapId<CalendarSyncState>(configurationBuilder);
        MapId<OutboxMessage>(configurationBuilder);
        MapId<ReplyDecision>(configurationBuilder);
        MapId<ReplyDraft>(configurationBuilder);
        MapId<WebhookCursor>(configurationBuilder);
        MapId<WebhookDeliveryAttempt>(configurationBuilder);
        configurationBuilder.Properties<UserId>().HaveConversion<UserIdConverter>().HaveMaxLength(UserId.MaxLength);
        configurationBuilder.Properties<EncryptedSecret>().HaveConversion<EncryptedSecretConverter>();
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.ApplyConfiguration(new CampaignConfiguration());
        modelBuilder.ApplyConfiguration(new CampaignScheduleConfiguration());
        modelBuilder.ApplyConfiguration(new ProspectConfiguration());
        modelBuilder.ApplyConfiguration(new OutreachSequenceConfiguration());
        modelBuilder.ApplyConfiguration(new SequenceStepConfiguration());
        modelBuilder.ApplyConfiguration(new EnrollmentConfiguration());
        modelBuilder.ApplyConfiguration(new EmailThreadConfiguration());
        modelBuilder.ApplyConfiguration(new EmailMessageConfiguration());
        modelBuilder.ApplyConfiguration(new EmailEventConfiguration());
        modelBuilder.ApplyConfiguration(new MeetingConfiguration());
        modelBuilder.ApplyConfiguration(new CalendarSettingsConfiguration());
        modelBuilder.ApplyConfiguration(new AvailabilityRuleConfiguration());
        modelBuilder.ApplyConfiguration(new ApprovalRequestConfiguration());
        modelBuilder.ApplyConfiguration(new NotificationConfiguration());
        modelBuilder.ApplyConfiguration(new MailboxAccountConfiguration());
        modelBuilder.ApplyConfiguration(new SuppressionEntryConfiguration());
        modelBuilder.ApplyConfiguration(new AuditEntryConfiguration());
        modelBuilder.ApplyConfiguration(new WorkItemConfiguration());
        modelBuilder.ApplyConfiguration(new CalendarBusyBlockConfiguration());
        modelBuilder.ApplyConfiguration(new CalendarSyncStateConfiguration());
        modelBuilder.ApplyConfiguration(new OutboxMessageConfiguration());
        modelBuilder.ApplyConfiguration(new ReplyDecisionConfiguration());
        modelBuilder.ApplyConfiguration(new ReplyDraftConfiguration());
        modelBuilder.ApplyConfiguration(new DomainEventConfiguration());
        modelBuilder.ApplyConfiguration(new WebhookCursorConfiguration());
        modelBuilder.ApplyConfiguration(new WebhookDeliveryAttemptConfiguration());
        modelBuilder.ApplyConfiguration(new EmailEventHourCountConfiguration());
        modelBuilder.ApplyConfiguration(new CampaignEventRollupConfiguration());
        SnakeCaseNaming.Apply(modelBuilder);
    }

    private static void MapId<TEntity>(ModelConfigurationBuilder builder)
        where TEntity : class =>
        builder.Properties<Id<TEntity>>().HaveConversion<IdConverter<TEntity>>();
}
