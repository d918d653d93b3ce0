using AutoMeet.Scheduling;
using AutoMeet.Storage.EFCore.Model.Conversions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AutoMeet.Storage.EFCore.Model.Configurations;

internal sealed class CalendarSettingsConfiguration() : EntityConfiguration<CalendarSettings>("calendar_settings")
{
    protected override void ConfigureEntity(EntityTypeBuilder<CalendarSettings> builder)
    {
        builder.HasIndex(e => e.OwnerId).IsUnique();
        builder.Property(e => e.BusyCalendarIds).HasConversion(JsonColumns.ListConverter, JsonColumns.ListComparer);

        // Documented: deleting settings deletes their rules.
        builder.HasMany(e => e.Rules).WithOne().HasForeignKey(r => r.CalendarSettingsId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class AvailabilityRuleConfiguration() : EntityConfiguration<AvailabilityRule>("availability_rules")
{
    protected override void ConfigureEntity(EntityTypeBuilder<AvailabilityRule> builder)
    {
        builder.Property<int>(AutoMeetDbContext.OrdinalProperty);
        builder.HasIndex(e => e.CalendarSettingsId);
    }
}
