namespace AutoMeet.Enrichment.Phones;

/// <summary>Tells why a phone number was not accepted. Numbers are never guessed: any doubt is an error.</summary>
public enum PhoneNumberError
{
    /// <summary>The number was accepted.</summary>
    None = 0,

    /// <summary>No number was given.</summary>
    Empty,

    /// <summary>The number has no <c>+</c> country code and no region could be inferred (no country, no time zone with a country).</summary>
    NoRegion,

    /// <summary>The prospect's country code is not a region libphonenumber knows.</summary>
    UnknownRegion,

    /// <summary>The text is not a phone number.</summary>
    NotANumber,

    /// <summary>The country calling code does not exist.</summary>
    InvalidCountryCode,

    /// <summary>The number is too short for its region.</summary>
    TooShort,

    /// <summary>The number is too long for its region.</summary>
    TooLong,

    /// <summary>The number's length matches no number of its region.</summary>
    InvalidLength,

    /// <summary>The number has a plausible length but is not in any assigned range of its region.</summary>
    Invalid,
}
