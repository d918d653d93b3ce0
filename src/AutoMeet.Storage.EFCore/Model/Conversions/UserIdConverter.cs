using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace AutoMeet.Storage.EFCore.Model.Conversions;

/// <summary>Stores a <see cref="UserId"/> as its text.</summary>
internal sealed class UserIdConverter() : ValueConverter<UserId, string>(id => id.Value, value => new UserId(value));
