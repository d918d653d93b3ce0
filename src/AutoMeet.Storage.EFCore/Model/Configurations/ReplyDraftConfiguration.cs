using AutoMeet.Campaigns;
using AutoMeet.Messaging;
using AutoMeet.Prospects;
using AutoMeet.Replies;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AutoMeet.Storage.EFCore.Model.Configurations;

internal sealed class ReplyDraftConfiguration() : EntityConfiguration<ReplyDraft>("reply_drafts")
{
    protected override void ConfigureEntity(EntityTypeBuilder<ReplyDraft> builder)
    {
        builder.Property(e => e.Language).HasMaxLength(16);
        builder.Property(e => e.Subject).HasMaxLength(ReplyDraft.MaxSubjectLength);
        builder.Property(e => e.Body).HasMaxLength(ReplyDraft.MaxBodyLength);
        builder.Property(e => e.Generator).HasMaxLength(500);
        builder.Property(e => e.TokenHash).HasMaxLength(128);
        builder.Property(e => e.RfcMessageId).HasMaxLength(998);
        builder.Property(e => e.ReferredEmail).HasMaxLength(Prospect.MaxEmailLength);
        builder.Property(e => e.DecidedBy).HasMaxLength(200);
        builder.Property(e => e.DecisionSource).HasMaxLength(200);

        // One draft per reply decision (a reply produces at most one draft), and one per link key.
        builder.HasIndex(e => e.DecisionId).IsUnique();
        builder.HasIndex(e => e.TokenHash).IsUnique();
        builder.HasIndex(e => new { e.ProspectId, e.CreatedAt });

        // Documented: deleting the prospect, the thread or the decision deletes the drafts (erasure included).
        builder.HasOne<ReplyDecision>().WithMany().HasForeignKey(e => e.DecisionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<EmailThread>().WithMany().HasForeignKey(e => e.ThreadId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Prospect>().WithMany().HasForeignKey(e => e.ProspectId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Campaign>().WithMany().HasForeignKey(e => e.CampaignId).OnDelete(DeleteBehavior.SetNull);
    }
}
