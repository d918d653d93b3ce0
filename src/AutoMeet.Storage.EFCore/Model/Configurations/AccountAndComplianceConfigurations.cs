using AutoMeet.Accounts;
using AutoMeet.Compliance;
using AutoMeet.Storage.EFCore.Model.Conversions;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AutoMeet.Storage.EFCore.Model.Configurations;

internal sealed class MailboxAccountConfiguration() : EntityConfiguration<MailboxAccount>("mailbox_accounts")
{
    protected override void ConfigureEntity(EntityTypeBuilder<MailboxAccount> builder)
    {
        builder.Property(e => e.EmailAddress).HasMaxLength(320);
        builder.HasIndex(e => new { e.Provider, e.EmailAddress }).IsUnique();
        builder.HasIndex(e => e.OwnerId);
        builder.Property(e => e.CalendarChannels).HasConversion(CalendarChannelColumns.Converter, CalendarChannelColumns.Comparer);
    }
}

internal sealed class SuppressionEntryConfiguration() : EntityConfiguration<SuppressionEntry>("suppressions")
{
    protected override void ConfigureEntity(EntityTypeBuilder<SuppressionEntry> builder)
    {
        builder.HasIndex(e => new { e.OwnerId, e.Kind, e.Value }).IsUnique();
    }
}

internal sealed class AuditEntryConfiguration() : EntityConfiguration<AuditEntry>("audit_entries")
{
    protected override void ConfigureEntity(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.HasIndex(e => new { e.OwnerId, e.Sequence }).IsUnique();
        builder.HasIndex(e => new { e.EntityType, e.EntityId });
    }
}
