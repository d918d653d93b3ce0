using AutoMeet.Prospects;

namespace AutoMeet.Enrichment.Phones;

/// <summary>
/// Validates and formats phone numbers with libphonenumber: E.164, national and international forms and the line
/// kind. A number without <c>+</c> is read in the prospect's country or, failing that, the country of its IANA time
/// zone; invalid numbers are reported with a reason, never guessed.
/// </summary>
/// <remarks>Registered as a singleton; pure and safe to call concurrently.</remarks>
public interface IPhoneNumberFormatter
{
    /// <summary>Checks and formats a number.</summary>
    /// <param name="phone">The number as given.</param>
    /// <param name="countryCode">The ISO 3166-1 alpha-2 country to read a national number in, if known.</param>
    /// <param name="timeZoneId">The IANA time zone whose country is used when <paramref name="countryCode"/> is missing, if known.</param>
    /// <returns>The outcome; never throws for bad input.</returns>
    PhoneFormatResult Format(string? phone, string? countryCode = null, string? timeZoneId = null);

    /// <summary>Checks and formats a prospect's <see cref="Prospect.Phone"/> using its country and time zone.</summary>
    /// <param name="prospect">The prospect.</param>
    /// <returns>The outcome.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="prospect"/> is <see langword="null"/>.</exception>
    PhoneFormatResult Format(Prospect prospect);

    /// <summary>Returns the country of an IANA time zone (tzdb <c>zone.tab</c>; aliases such as <c>US/Eastern</c> resolved), or <see langword="null"/> for zones without one (<c>Etc/UTC</c>) or unknown ids.</summary>
    /// <param name="timeZoneId">The zone id.</param>
    /// <returns>The ISO 3166-1 alpha-2 code, or <see langword="null"/>.</returns>
    string? CountryOfTimeZone(string? timeZoneId);
}
