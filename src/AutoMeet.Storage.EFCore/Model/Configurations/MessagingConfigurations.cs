using AutoMeet.Accounts;
using AutoMeet.Campaigns;
using AutoMeet.Messaging;
using AutoMeet.Prospects;
using AutoMeet.Sequences;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AutoMeet.Storage.EFCore.Model.Configurations;

internal sealed class EmailThreadConfiguration() : EntityConfiguration<EmailThread>("email_threads")
{
    protected override void ConfigureEntity(EntityTypeBuilder<EmailThread> builder)
    {
        builder.HasIndex(e => new { e.MailboxAccountId, e.ProviderThreadId }).IsUnique().HasFilter("provider_thread_id IS NOT NULL");
        builder.HasIndex(e => e.ProspectId);

        // Documented: deleting a prospect deletes its threads; deleting a thread deletes its messages.
        builder.HasOne<Prospect>().WithMany().HasForeignKey(e => e.ProspectId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(e => e.Messages).WithOne().HasForeignKey(m => m.ThreadId).OnDelete(DeleteBehavior.Cascade);

        // A mailbox with conversation history cannot be deleted (disconnect it instead); history is never dropped silently.
        builder.HasOne<MailboxAccount>().WithMany().HasForeignKey(e => e.MailboxAccountId).OnDelete(DeleteBehavior.Restrict);

        // Deleting the campaign that started a thread keeps the conversation.
        builder.HasOne<Campaign>().WithMany().HasForeignKey(e => e.CampaignId).OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class EmailMessageConfiguration() : EntityConfiguration<EmailMessage>("email_messages")
{
    protected override void ConfigureEntity(EntityTypeBuilder<EmailMessage> builder)
    {
        builder.Property<int>(AutoMeetDbContext.OrdinalProperty);
        builder.HasIndex(e => new { e.ThreadId, e.RfcMessageId }).IsUnique();
        builder.HasIndex(e => e.RfcMessageId);
    }
}

internal sealed class EmailEventConfiguration() : EntityConfiguration<EmailEvent>("email_events")
{
    protected override void ConfigureEntity(EntityTypeBuilder<EmailEvent> builder)
    {
        builder.HasIndex(e => new { e.CampaignId, e.OccurredAt });
        builder.HasIndex(e => new { e.ProspectId, e.OccurredAt });
        builder.HasIndex(e => e.OccurredAt);

        // Documented: deleting a campaign or a prospect deletes its e-mail events.
        builder.HasOne<Campaign>().WithMany().HasForeignKey(e => e.CampaignId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Prospect>().WithMany().HasForeignKey(e => e.ProspectId).OnDelete(DeleteBehavior.Cascade);

        // Events are history: losing the enrollment or the message only drops the link.
        builder.HasOne<Enrollment>().WithMany().HasForeignKey(e => e.EnrollmentId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<EmailMessage>().WithMany().HasForeignKey(e => e.MessageId).OnDelete(DeleteBehavior.SetNull);
    }
}
