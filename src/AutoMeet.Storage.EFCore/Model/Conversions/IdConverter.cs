using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace AutoMeet.Storage.EFCore.Model.Conversions;

/// <summary>Stores an <see cref="Id{TEntity}"/> as its GUID.</summary>
/// <typeparam name="TEntity">The entity the identifier belongs to.</typeparam>
internal sealed class IdConverter<TEntity>() : ValueConverter<Id<TEntity>, Guid>(id => id.Value, value => new Id<TEntity>(value))
    where TEntity : class;
