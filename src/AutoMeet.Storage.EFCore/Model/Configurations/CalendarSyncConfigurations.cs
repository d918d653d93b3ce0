using AutoMeet.Accounts;
using AutoMeet.Calendars;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AutoMeet.Storage.EFCore.Model.Configurations;

internal sealed class CalendarBusyBlockConfiguration() : EntityConfiguration<CalendarBusyBlock>("calendar_busy_blocks")
{
    protected override void ConfigureEntity(EntityTypeBuilder<CalendarBusyBlock> builder)
    {
        builder.Property(e => e.CalendarId).HasMaxLength(1024);
        builder.Property(e => e.EventId).HasMaxLength(1024);
        builder.HasIndex(e => new { e.AccountId, e.CalendarId, e.EventId }).IsUnique();
        builder.HasIndex(e => new { e.AccountId, e.Start });

        // Documented: deleting an account deletes its synced busy time.
        builder.HasOne<MailboxAccount>().WithMany().HasForeignKey(e => e.AccountId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class CalendarSyncStateConfiguration() : EntityConfiguration<CalendarSyncState>("calendar_sync_states")
{
    protected override void ConfigureEntity(EntityTypeBuilder<CalendarSyncState> builder)
    {
        builder.Property(e => e.CalendarId).HasMaxLength(1024);
        builder.HasIndex(e => new { e.AccountId, e.CalendarId }).IsUnique();

        // Documented: deleting an account deletes its sync tokens.
        builder.HasOne<MailboxAccount>().WithMany().HasForeignKey(e => e.AccountId).OnDelete(DeleteBehavior.Cascade);
    }
}
