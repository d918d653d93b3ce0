using System.Buffers.Text;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using AutoMeet.Accounts;
using Microsoft.Extensions.Options;
using NodaTime;

namespace AutoMeet.Google.Calendar;

/// <summary>
/// Makes and checks push channel tokens: <c>v1.{account}.{calendar}.{expiry}.{mac}</c>, where the MAC is HMAC-SHA256 over
/// the channel id, account, calendar and expiry. A token therefore says which calendar to sync, cannot be forged or moved
/// to another channel, and needs no stored state to verify.
/// </summary>
internal sealed class CalendarChannelTokens
{
    /// <summary>Google's limit on a channel token's length.</summary>
    public const int MaxLength = 256;

    private const string Version = "v1";
    private static readonly byte[] DerivationInfo = Encoding.UTF8.GetBytes("AutoMeet.Google.CalendarChannelToken.v1");
    private readonly byte[] _key;

    public CalendarChannelTokens(IOptions<GoogleOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _key = Key(options.Value);
    }

    public string Create(string channelId, Id<MailboxAccount> accountId, string calendarId, Instant expiration)
    {
        var expiry = expiration.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var token = string.Join('.', Version, Base64Url.EncodeToString(accountId.Value.ToByteArray()), Base64Url.EncodeToString(Encoding.UTF8.GetBytes(calendarId)), expiry, Base64Url.EncodeToString(Mac(channelId, accountId, calendarId, expiry)));
        return token.Length <= MaxLength
            ? token
            : throw new ArgumentException($"Calendar id '{calendarId}' is too long for a channel token (Google allows {MaxLength} characters).", nameof(calendarId));
    }

    /// <summary>Checks a token against the channel id it arrived with, in constant time; on success returns what it names.</summary>
    public bool TryRead(string channelId, string token, out Id<MailboxAccount> accountId, out string calendarId, out Instant expiration)
    {
        accountId = default;
        calendarId = string.Empty;
        expiration = default;
        var parts = token.Split('.');
        if (parts.Length != 5 || parts[0] != Version
            || !TryDecode(parts[1], out var account) || account.Length != 16
            || !TryDecode(parts[2], out var calendar)
            || !long.TryParse(parts[3], NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            || !TryDecode(parts[4], out var mac))
        {
            return false;
        }

        var id = new Id<MailboxAccount>(new Guid(account));
        string name;
        try
        {
            name = new UTF8Encoding(false, true).GetString(calendar);
        }
        catch (DecoderFallbackException)
        {
            return false;
        }

        if (!CryptographicOperations.FixedTimeEquals(mac, Mac(channelId, id, name, parts[3])))
        {
            return false;
        }

        accountId = id;
        calendarId = name;
        expiration = Instant.FromUnixTimeSeconds(seconds);
        return true;
    }

    private byte[] Mac(string channelId, Id<MailboxAccount> accountId, string calendarId, string expiry) =>
        HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes($"{Version}\n{channelId}\n{accountId.Value:D}\n{calendarId}\n{expiry}"));

    private static bool TryDecode(string value, out byte[] bytes)
    {
        try
        {
            bytes = Base64Url.DecodeFromChars(value);
            return true;
        }
        catch (FormatException)
        {
            bytes = [];
            return false;
        }
    }

    private static byte[] Key(GoogleOptions options)
    {
        if (!string.IsNullOrWhiteSpace(options.Calendar.ChannelTokenKey))
        {
            return Convert.FromBase64String(options.Calendar.ChannelTokenKey);
        }

        // No dedicated key: derive one from the OAuth client secret (which only this app and Google know).
        var secret = Encoding.UTF8.GetBytes(options.ClientSecret ?? string.Empty);
        return HKDF.DeriveKey(HashAlgorithmName.SHA256, secret, 32, salt: [], info: DerivationInfo);
    }
}
