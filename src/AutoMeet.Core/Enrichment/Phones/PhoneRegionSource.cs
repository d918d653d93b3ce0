namespace AutoMeet.Enrichment.Phones;

/// <summary>Tells how the region used to read a phone number was found.</summary>
public enum PhoneRegionSource
{
    /// <summary>No region was found.</summary>
    None = 0,

    /// <summary>The number is international (<c>+</c> and a country calling code).</summary>
    Number,

    /// <summary>The prospect's country code.</summary>
    Country,

    /// <summary>The country of the prospect's IANA time zone (tzdb <c>zone.tab</c>).</summary>
    TimeZone,
}
