using AutoMeet.Accounts;
using AutoMeet.Campaigns;
using AutoMeet.Sequences;
using AutoMeet.Storage.EFCore.Model.Conversions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AutoMeet.Storage.EFCore.Model.Configurations;

internal sealed class CampaignConfiguration() : EntityConfiguration<Campaign>("campaigns")
{
    protected override void ConfigureEntity(EntityTypeBuilder<Campaign> builder)
    {
        builder.Property(e => e.Name).HasMaxLength(Campaign.MaxNameLength);
        builder.Property(e => e.RetiredVariants).HasConversion(JsonColumns.ListConverter, JsonColumns.ListComparer);
        builder.HasIndex(e => new { e.OwnerId, e.CreatedAt });
        builder.HasIndex(e => new { e.Status, e.CreatedAt });

        // Deleting the sequence or the mailbox leaves the campaign without one (it must be given a new one to run).
        builder.HasOne<OutreachSequence>().WithMany().HasForeignKey(e => e.SequenceId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<MailboxAccount>().WithMany().HasForeignKey(e => e.MailboxAccountId).OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class CampaignScheduleConfiguration() : EntityConfiguration<CampaignSchedule>("campaign_schedules")
{
    protected override void ConfigureEntity(EntityTypeBuilder<CampaignSchedule> builder)
    {
        builder.HasIndex(e => e.CampaignId).IsUnique();
        builder.HasIndex(e => e.StartAt);

        // Documented: deleting a campaign deletes its schedule.
        builder.HasOne<Campaign>().WithMany().HasForeignKey(e => e.CampaignId).OnDelete(DeleteBehavior.Cascade);
    }
}
