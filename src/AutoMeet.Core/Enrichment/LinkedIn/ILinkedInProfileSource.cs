using AutoMeet.Prospects;

namespace AutoMeet.Enrichment.LinkedIn;

/// <summary>Supplies candidate LinkedIn profiles for a prospect from a source the host is allowed to use (its CRM, a licensed data provider). AutoMeet ships none and never scrapes.</summary>
/// <remarks>Implementations are singletons called concurrently.</remarks>
public interface ILinkedInProfileSource
{
    /// <summary>Gets the source's name, used for rate limits and logs.</summary>
    string Name { get; }

    /// <summary>Finds candidate profiles for <paramref name="prospect"/>.</summary>
    /// <param name="prospect">The prospect.</param>
    /// <param name="cancellationToken">Cancels the search.</param>
    /// <returns>The candidates, possibly none.</returns>
    ValueTask<IReadOnlyList<LinkedInProfile>> FindCandidatesAsync(Prospect prospect, CancellationToken cancellationToken = default);
}
