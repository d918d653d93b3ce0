using System.Collections.Frozen;
using AutoMeet.Prospects;
using NodaTime.TimeZones;
using PhoneNumbers;

namespace AutoMeet.Enrichment.Phones;

/// <summary>The default <see cref="IPhoneNumberFormatter"/>, on libphonenumber-csharp.</summary>
internal sealed class PhoneNumberFormatter : IPhoneNumberFormatter
{
    private static readonly PhoneNumberUtil Util = PhoneNumberUtil.GetInstance();
    private static readonly Lazy<FrozenDictionary<string, string>> ZoneCountries = new(BuildZoneCountries);

    public PhoneFormatResult Format(Prospect prospect)
    {
        ArgumentNullException.ThrowIfNull(prospect);
        return Format(prospect.Phone, prospect.CountryCode, prospect.TimeZoneId);
    }

    public string? CountryOfTimeZone(string? timeZoneId) =>
        !string.IsNullOrWhiteSpace(timeZoneId) && ZoneCountries.Value.TryGetValue(timeZoneId.Trim(), out var country) ? country : null;

    public PhoneFormatResult Format(string? phone, string? countryCode = null, string? timeZoneId = null)
    {
        var text = phone?.Trim() ?? string.Empty;
        if (text.Length == 0)
        {
            return Fail(PhoneNumberError.Empty, "No phone number was given.", null, PhoneRegionSource.None);
        }

        var (region, source) = InferRegion(countryCode, timeZoneId);
        var international = text[0] == '+';
        if (!international && region is null)
        {
            return string.IsNullOrWhiteSpace(countryCode)
                ? Fail(PhoneNumberError.NoRegion, "The number has no +country code and neither the country nor the time zone gives a region.", null, PhoneRegionSource.None)
                : Fail(PhoneNumberError.UnknownRegion, $"'{countryCode.Trim()}' is not a known phone region (ISO 3166-1 alpha-2).", null, PhoneRegionSource.None);
        }

        if (international)
        {
            source = PhoneRegionSource.Number;
        }

        PhoneNumber number;
        try
        {
            number = Util.Parse(text, international ? "ZZ" : region);
        }
        catch (NumberParseException ex)
        {
            return ex.ErrorType switch
            {
                ErrorType.INVALID_COUNTRY_CODE => Fail(PhoneNumberError.InvalidCountryCode, "The country calling code does not exist.", region, source),
                ErrorType.TOO_SHORT_AFTER_IDD or ErrorType.TOO_SHORT_NSN => Fail(PhoneNumberError.TooShort, "The number is too short.", region, source),
                ErrorType.TOO_LONG => Fail(PhoneNumberError.TooLong, "The number is too long.", region, source),
                _ => Fail(PhoneNumberError.NotANumber, "The text is not a phone number.", region, source),
            };
        }

        var numberRegion = Util.GetRegionCodeForNumber(number);
        var possible = Util.IsPossibleNumberWithReason(number);
        var lengthError = possible switch
        {
            PhoneNumberUtil.ValidationResult.IS_POSSIBLE_LOCAL_ONLY => Fail(PhoneNumberError.TooShort, "The number lacks its area code: it can only be dialled locally.", numberRegion ?? region, source),
            PhoneNumberUtil.ValidationResult.TOO_SHORT => Fail(PhoneNumberError.TooShort, "The number is too short for its region.", numberRegion ?? region, source),
            PhoneNumberUtil.ValidationResult.TOO_LONG => Fail(PhoneNumberError.TooLong, "The number is too long for its region.", numberRegion ?? region, source),
            PhoneNumberUtil.ValidationResult.INVALID_LENGTH => Fail(PhoneNumberError.InvalidLength, "The number's length matches no number of its region.", numberRegion ?? region, source),
            PhoneNumberUtil.ValidationResult.INVALID_COUNTRY_CODE => Fail(PhoneNumberError.InvalidCountryCode, "The country calling code does not exist.", region, source),
            _ => null,
        };
        if (lengthError is not null)
        {
            return lengthError;
        }

        if (!Util.IsValidNumber(number))
        {
            return Fail(PhoneNumberError.Invalid, $"The number is not in an assigned range of region {numberRegion ?? region}.", numberRegion ?? region, source);
        }

        return new PhoneFormatResult
        {
            E164 = Util.Format(number, PhoneNumberFormat.E164),
            National = Util.Format(number, PhoneNumberFormat.NATIONAL),
            International = Util.Format(number, PhoneNumberFormat.INTERNATIONAL),
            Kind = ToKind(Util.GetNumberType(number)),
            Region = numberRegion,
            RegionSource = source,
        };
    }

    private (string? Region, PhoneRegionSource Source) InferRegion(string? countryCode, string? timeZoneId)
    {
        var country = countryCode?.Trim().ToUpperInvariant();
        if (!string.IsNullOrEmpty(country))
        {
            return Util.GetSupportedRegions().Contains(country) ? (country, PhoneRegionSource.Country) : (null, PhoneRegionSource.None);
        }

        var zoneCountry = CountryOfTimeZone(timeZoneId);
        return zoneCountry is not null && Util.GetSupportedRegions().Contains(zoneCountry)
            ? (zoneCountry, PhoneRegionSource.TimeZone)
            : (null, PhoneRegionSource.None);
    }

    private static PhoneFormatResult Fail(PhoneNumberError error, string message, string? region, PhoneRegionSource source) =>
        new() { Error = error, Message = message, Region = region, RegionSource = source };

    private static PhoneNumberKind ToKind(PhoneNumberType type) => type switch
    {
        PhoneNumberType.FIXED_LINE => PhoneNumberKind.FixedLine,
        PhoneNumberType.MOBILE => PhoneNumberKind.Mobile,
        PhoneNumberType.FIXED_LINE_OR_MOBILE => PhoneNumberKind.FixedLineOrMobile,
        PhoneNumberType.TOLL_FREE => PhoneNumberKind.TollFree,
        PhoneNumberType.PREMIUM_RATE => PhoneNumberKind.PremiumRate,
        PhoneNumberType.SHARED_COST => PhoneNumberKind.SharedCost,
        PhoneNumberType.VOIP => PhoneNumberKind.Voip,
        PhoneNumberType.PERSONAL_NUMBER => PhoneNumberKind.PersonalNumber,
        PhoneNumberType.PAGER => PhoneNumberKind.Pager,
        PhoneNumberType.UAN => PhoneNumberKind.Uan,
        PhoneNumberType.VOICEMAIL => PhoneNumberKind.Voicemail,
        _ => PhoneNumberKind.Unknown,
    };

    private static FrozenDictionary<string, string> BuildZoneCountries()
    {
        var source = TzdbDateTimeZoneSource.Default;
        var byZone = (source.ZoneLocations ?? [])
            .GroupBy(l => l.ZoneId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().CountryCode, StringComparer.OrdinalIgnoreCase);
        foreach (var (alias, canonical) in source.CanonicalIdMap)
        {
            if (!byZone.ContainsKey(alias) && byZone.TryGetValue(canonical, out var country))
            {
                byZone[alias] = country;
            }
        }

        return byZone.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }
}
