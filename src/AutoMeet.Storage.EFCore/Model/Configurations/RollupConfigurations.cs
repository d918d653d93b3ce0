using AutoMeet.Campaigns;
using AutoMeet.Storage.EFCore.Model.Rollups;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AutoMeet.Storage.EFCore.Model.Configurations;

internal sealed class EmailEventHourCountConfiguration : IEntityTypeConfiguration<EmailEventHourCount>
{
    public void Configure(EntityTypeBuilder<EmailEventHourCount> builder)
    {
        builder.ToTable("email_event_hour_counts");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedOnAdd();
        builder.HasIndex(r => new { r.CampaignId, r.Hour });
        builder.HasOne<Campaign>().WithMany().HasForeignKey(r => r.CampaignId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class CampaignEventRollupConfiguration : IEntityTypeConfiguration<CampaignEventRollup>
{
    public void Configure(EntityTypeBuilder<CampaignEventRollup> builder)
    {
        builder.ToTable("campaign_event_rollups");
        builder.HasKey(r => r.CampaignId);
        builder.Property(r => r.CampaignId).ValueGeneratedNever();
        builder.HasOne<Campaign>().WithOne().HasForeignKey<CampaignEventRollup>(r => r.CampaignId).OnDelete(DeleteBehavior.Cascade);
    }
}
