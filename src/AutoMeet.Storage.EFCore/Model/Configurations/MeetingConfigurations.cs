using AutoMeet.Accounts;
using AutoMeet.Approvals;
using AutoMeet.Campaigns;
using AutoMeet.Meetings;
using AutoMeet.Messaging;
using AutoMeet.Prospects;
using AutoMeet.Storage.EFCore.Model.Conversions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AutoMeet.Storage.EFCore.Model.Configurations;

internal sealed class MeetingConfiguration() : EntityConfiguration<Meeting>("meetings")
{
    protected override void ConfigureEntity(EntityTypeBuilder<Meeting> builder)
    {
        builder.HasIndex(e => new { e.OwnerId, e.Start });
        builder.HasIndex(e => e.ProspectId);
        builder.HasIndex(e => new { e.Status, e.Start });
        builder.HasIndex(e => new { e.Status, e.HoldExpiresAt });
        builder.Property(e => e.RemindersSent).HasConversion(JsonColumns.ListConverter, JsonColumns.ListComparer);
        builder.Property(e => e.HeldSlots).HasConversion(JsonColumns.IntervalListConverter, JsonColumns.IntervalListComparer);

        // Documented: deleting a prospect deletes its meetings.
        builder.HasOne<Prospect>().WithMany().HasForeignKey(e => e.ProspectId).OnDelete(DeleteBehavior.Cascade);

        // A meeting outlives the campaign, thread and calendar account it came from; only the link is dropped.
        builder.HasOne<Campaign>().WithMany().HasForeignKey(e => e.CampaignId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<EmailThread>().WithMany().HasForeignKey(e => e.ThreadId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<MailboxAccount>().WithMany().HasForeignKey(e => e.CalendarAccountId).OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class ApprovalRequestConfiguration() : EntityConfiguration<ApprovalRequest>("approval_requests")
{
    protected override void ConfigureEntity(EntityTypeBuilder<ApprovalRequest> builder)
    {
        builder.HasIndex(e => e.TokenHash).IsUnique();
        builder.HasIndex(e => e.MeetingId);
        builder.HasIndex(e => new { e.Status, e.ExpiresAt });

        // Documented: deleting a meeting deletes its approval requests.
        builder.HasOne<Meeting>().WithMany().HasForeignKey(e => e.MeetingId).OnDelete(DeleteBehavior.Cascade);
    }
}
