namespace AutoMeet.Google.People;

/// <summary>What an address book knows about a person.</summary>
public sealed record ContactDetails
{
    /// <summary>Gets the address that was looked up, lower case.</summary>
    public required string EmailAddress { get; init; }

    /// <summary>Gets the display name, if known.</summary>
    public string? DisplayName { get; init; }

    /// <summary>Gets the given (first) name, if known.</summary>
    public string? GivenName { get; init; }

    /// <summary>Gets the family (last) name, if known.</summary>
    public string? FamilyName { get; init; }

    /// <summary>Gets the current organisation's name, if known (other contacts never carry one).</summary>
    public string? Organization { get; init; }

    /// <summary>Gets the job title at that organisation, if known.</summary>
    public string? Title { get; init; }

    /// <summary>Gets where the contact was found.</summary>
    public ContactSource Source { get; init; }

    /// <summary>Gets Google's resource name of the person (<c>people/…</c> or <c>otherContacts/…</c>).</summary>
    public string? ResourceName { get; init; }
}
