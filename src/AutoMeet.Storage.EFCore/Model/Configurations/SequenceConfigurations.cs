using AutoMeet.Accounts;
using AutoMeet.Campaigns;
using AutoMeet.Messaging;
using AutoMeet.Prospects;
using AutoMeet.Sequences;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AutoMeet.Storage.EFCore.Model.Configurations;

internal sealed class OutreachSequenceConfiguration() : EntityConfiguration<OutreachSequence>("sequences")
{
    protected override void ConfigureEntity(EntityTypeBuilder<OutreachSequence> builder)
    {
        builder.HasIndex(e => new { e.OwnerId, e.CreatedAt });

        // Documented: deleting a sequence deletes its steps.
        builder.HasMany(e => e.Steps).WithOne().HasForeignKey(s => s.SequenceId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class SequenceStepConfiguration() : EntityConfiguration<SequenceStep>("sequence_steps")
{
    protected override void ConfigureEntity(EntityTypeBuilder<SequenceStep> builder)
    {
        builder.Property<int>(AutoMeetDbContext.OrdinalProperty);
        builder.HasIndex(e => new { e.SequenceId, e.Position });
    }
}

internal sealed class EnrollmentConfiguration() : EntityConfiguration<Enrollment>("enrollments")
{
    protected override void ConfigureEntity(EntityTypeBuilder<Enrollment> builder)
    {
        builder.HasIndex(e => new { e.CampaignId, e.ProspectId }).IsUnique();
        builder.HasIndex(e => e.ProspectId);
        builder.HasIndex(e => new { e.Status, e.NextStepDueAt });

        // Documented: deleting a campaign or a prospect deletes its enrollments.
        builder.HasOne<Campaign>().WithMany().HasForeignKey(e => e.CampaignId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Prospect>().WithMany().HasForeignKey(e => e.ProspectId).OnDelete(DeleteBehavior.Cascade);

        // Documented: a sequence used by an enrollment cannot be deleted.
        builder.HasOne<OutreachSequence>().WithMany().HasForeignKey(e => e.SequenceId).OnDelete(DeleteBehavior.Restrict);

        // The mailbox and thread are assignments: losing them leaves the enrollment to be re-assigned.
        builder.HasOne<MailboxAccount>().WithMany().HasForeignKey(e => e.MailboxAccountId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<EmailThread>().WithMany().HasForeignKey(e => e.ThreadId).OnDelete(DeleteBehavior.SetNull);
    }
}
