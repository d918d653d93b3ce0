namespace AutoMeet.Enrichment.LinkedIn;

/// <summary>Represents a LinkedIn profile supplied by the host or an <see cref="ILinkedInProfileSource"/> (AutoMeet never scrapes LinkedIn).</summary>
public sealed record LinkedInProfile
{
    /// <summary>Gets the profile URL as given.</summary>
    public required string Url { get; init; }

    /// <summary>Gets the person's full name as shown on the profile.</summary>
    public required string FullName { get; init; }

    /// <summary>Gets the current company, if known.</summary>
    public string? Company { get; init; }

    /// <summary>Gets the headline, if known.</summary>
    public string? Headline { get; init; }
}
