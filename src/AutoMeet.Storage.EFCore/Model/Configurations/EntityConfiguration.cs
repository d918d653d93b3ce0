using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AutoMeet.Storage.EFCore.Model.Configurations;

/// <summary>Configures what every entity shares: table, key (never generated) and the <c>Version</c> concurrency token.</summary>
/// <typeparam name="TEntity">The entity type.</typeparam>
internal abstract class EntityConfiguration<TEntity>(string table) : IEntityTypeConfiguration<TEntity>
    where TEntity : Entity<TEntity>
{
    public void Configure(EntityTypeBuilder<TEntity> builder)
    {
        builder.ToTable(table);
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Version).IsConcurrencyToken();
        ConfigureEntity(builder);
    }

    protected abstract void ConfigureEntity(EntityTypeBuilder<TEntity> builder);
}
