using AutoMeet.Accounts;
using AutoMeet.Campaigns;
using AutoMeet.Messaging;
using AutoMeet.Prospects;
using AutoMeet.Replies;
using AutoMeet.Sending;
using AutoMeet.Sequences;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AutoMeet.Storage.EFCore.Model.Configurations;

internal sealed class OutboxMessageConfiguration() : EntityConfiguration<OutboxMessage>("outbox_messages")
{
    protected override void ConfigureEntity(EntityTypeBuilder<OutboxMessage> builder)
    {
        builder.Property(e => e.RfcMessageId).HasMaxLength(998);
        builder.Property(e => e.Kind).HasMaxLength(100);
        builder.Property(e => e.LeaseOwner).HasMaxLength(200);

        // One live row per enrollment step (a cancelled one may be re-planned, for example after a snooze), one row
        // per Message-ID: planning twice can never yield two sends. 2 = OutboxStatus.Cancelled.
        builder.HasIndex(e => new { e.EnrollmentId, e.StepPosition }).IsUnique().HasFilter("status <> 2");
        builder.HasIndex(e => e.RfcMessageId).IsUnique();

        // The claim query (due, not completed) and the per-mailbox in-flight check and load sums.
        builder.HasIndex(e => e.DueAt).HasFilter("completed_at IS NULL");
        builder.HasIndex(e => new { e.MailboxAccountId, e.DueAt });

        // Documented: deleting a campaign, prospect, enrollment or mailbox deletes its planned sends.
        builder.HasOne<Campaign>().WithMany().HasForeignKey(e => e.CampaignId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Enrollment>().WithMany().HasForeignKey(e => e.EnrollmentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Prospect>().WithMany().HasForeignKey(e => e.ProspectId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<MailboxAccount>().WithMany().HasForeignKey(e => e.MailboxAccountId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ReplyDecisionConfiguration() : EntityConfiguration<ReplyDecision>("reply_decisions")
{
    protected override void ConfigureEntity(EntityTypeBuilder<ReplyDecision> builder)
    {
        builder.Property(e => e.Classifier).HasMaxLength(200);
        builder.Property(e => e.Reasons).HasMaxLength(ReplyDecision.MaxTextLength);
        builder.Property(e => e.Actions).HasMaxLength(ReplyDecision.MaxTextLength);

        // One decision per message: a reply is processed once, however often it is seen.
        builder.HasIndex(e => e.MessageId).IsUnique();
        builder.HasIndex(e => new { e.ProspectId, e.DecidedAt });
        builder.HasIndex(e => new { e.OwnerId, e.DecidedAt });

        // Documented: deleting a message or thread deletes the decisions about it; a prospect's erasure deletes them too.
        builder.HasOne<EmailMessage>().WithMany().HasForeignKey(e => e.MessageId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<EmailThread>().WithMany().HasForeignKey(e => e.ThreadId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Prospect>().WithMany().HasForeignKey(e => e.ProspectId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Campaign>().WithMany().HasForeignKey(e => e.CampaignId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<Enrollment>().WithMany().HasForeignKey(e => e.EnrollmentId).OnDelete(DeleteBehavior.SetNull);
    }
}
