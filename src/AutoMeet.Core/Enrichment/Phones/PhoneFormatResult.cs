namespace AutoMeet.Enrichment.Phones;

/// <summary>Represents a phone number checked and formatted, or the reason it was rejected.</summary>
public sealed record PhoneFormatResult
{
    /// <summary>Gets a value indicating whether the number is valid.</summary>
    public bool IsValid => Error == PhoneNumberError.None;

    /// <summary>Gets the E.164 form (<c>+4930123456</c>), or <see langword="null"/> when invalid.</summary>
    public string? E164 { get; init; }

    /// <summary>Gets the national form (<c>030 123456</c>), or <see langword="null"/> when invalid.</summary>
    public string? National { get; init; }

    /// <summary>Gets the international form (<c>+49 30 123456</c>), or <see langword="null"/> when invalid.</summary>
    public string? International { get; init; }

    /// <summary>Gets the kind of line.</summary>
    public PhoneNumberKind Kind { get; init; }

    /// <summary>Gets the number's region (ISO 3166-1 alpha-2), or the region tried when invalid, or <see langword="null"/>.</summary>
    public string? Region { get; init; }

    /// <summary>Gets how the region used to read the number was found.</summary>
    public PhoneRegionSource RegionSource { get; init; }

    /// <summary>Gets why the number was rejected, or <see cref="PhoneNumberError.None"/>.</summary>
    public PhoneNumberError Error { get; init; }

    /// <summary>Gets an explanation of the rejection (it never repeats the number), or <see langword="null"/>.</summary>
    public string? Message { get; init; }
}
