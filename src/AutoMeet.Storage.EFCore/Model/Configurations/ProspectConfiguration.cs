using AutoMeet.Prospects;
using AutoMeet.Storage.EFCore.Model.Conversions;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AutoMeet.Storage.EFCore.Model.Configurations;

internal sealed class ProspectConfiguration() : EntityConfiguration<Prospect>("prospects")
{
    protected override void ConfigureEntity(EntityTypeBuilder<Prospect> builder)
    {
        builder.Property(e => e.Email).HasMaxLength(320);
        builder.HasIndex(e => new { e.OwnerId, e.Email }).IsUnique();
        builder.HasIndex(e => new { e.OwnerId, e.CreatedAt });
        builder.Property(e => e.CustomFields)
            .HasConversion(JsonColumns.DictionaryConverter, JsonColumns.DictionaryComparer);
    }
}
