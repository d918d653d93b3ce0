using AutoMeet.Notifications;
using AutoMeet.Work;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AutoMeet.Storage.EFCore.Model.Configurations;

internal sealed class WorkItemConfiguration() : EntityConfiguration<WorkItem>("work_items")
{
    protected override void ConfigureEntity(EntityTypeBuilder<WorkItem> builder)
    {
        builder.HasIndex(e => new { e.Kind, e.Key }).IsUnique();

        // The claim query: due, not completed.
        builder.HasIndex(e => e.DueAt).HasFilter("completed_at IS NULL");
    }
}

internal sealed class NotificationConfiguration() : EntityConfiguration<Notification>("notifications")
{
    protected override void ConfigureEntity(EntityTypeBuilder<Notification> builder)
    {
        builder.HasIndex(e => new { e.OwnerId, e.DeduplicationKey }).IsUnique().HasFilter("deduplication_key IS NOT NULL");
        builder.HasIndex(e => new { e.OwnerId, e.CreatedAt });

        // The claim query: due, not completed.
        builder.HasIndex(e => e.DueAt).HasFilter("completed_at IS NULL");
    }
}
