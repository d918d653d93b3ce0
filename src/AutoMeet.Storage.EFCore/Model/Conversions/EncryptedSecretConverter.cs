using AutoMeet.Accounts;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace AutoMeet.Storage.EFCore.Model.Conversions;

/// <summary>Stores an <see cref="EncryptedSecret"/> as its cipher text (never the plain secret: the store never sees it).</summary>
internal sealed class EncryptedSecretConverter() : ValueConverter<EncryptedSecret, string>(s => s.CipherText, value => new EncryptedSecret(value));
