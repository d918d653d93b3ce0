namespace AutoMeet.Enrichment.LinkedIn;

/// <summary>Represents how well a candidate profile matches a prospect (see <see cref="ILinkedInProfileMatcher"/> for the score).</summary>
public sealed record LinkedInMatch
{
    /// <summary>Gets the candidate profile.</summary>
    public required LinkedInProfile Profile { get; init; }

    /// <summary>Gets the candidate's URL checked and normalised.</summary>
    public required LinkedInProfileUrl Url { get; init; }

    /// <summary>Gets the combined score, 0 to 1.</summary>
    public double Score { get; init; }

    /// <summary>Gets the person-name similarity, 0 to 1.</summary>
    public double NameSimilarity { get; init; }

    /// <summary>Gets the company similarity, 0 to 1, or <see langword="null"/> when either side has no company.</summary>
    public double? CompanySimilarity { get; init; }

    /// <summary>Gets a value indicating whether the candidate is accepted as the prospect's profile.</summary>
    public bool IsMatch { get; init; }
}
