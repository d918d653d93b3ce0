using AutoMeet.Prospects;

namespace AutoMeet.Enrichment.LinkedIn;

/// <summary>
/// Matches candidate LinkedIn profiles to a prospect with a fuzzy score.
/// <para/>
/// Score: N = name similarity — the larger Jaro-Winkler similarity of the two full names folded (diacritics removed,
/// lower case, punctuation dropped) as written and with their words sorted; C = company similarity — the Jaccard
/// overlap of the words of the two company match keys (<see cref="Companies.CompanyNameNormalizer.MatchKey"/>,
/// legal forms stripped). With both companies known, score = (1 − w)·N + w·C with w =
/// <see cref="LinkedInMatchOptions.CompanyWeight"/>; otherwise score = N · <see cref="LinkedInMatchOptions.NoCompanyFactor"/>.
/// A candidate matches when its URL is a valid profile URL, N ≥ <see cref="LinkedInMatchOptions.MinNameSimilarity"/>
/// and score ≥ <see cref="LinkedInMatchOptions.MatchThreshold"/>.
/// </summary>
/// <remarks>Registered as a singleton; pure and safe to call concurrently.</remarks>
public interface ILinkedInProfileMatcher
{
    /// <summary>Scores one candidate against a prospect.</summary>
    /// <param name="prospect">The prospect.</param>
    /// <param name="candidate">The candidate profile.</param>
    /// <returns>The match.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    LinkedInMatch Match(Prospect prospect, LinkedInProfile candidate);

    /// <summary>Returns the best-scoring candidate that matches, or <see langword="null"/> when none does.</summary>
    /// <param name="prospect">The prospect.</param>
    /// <param name="candidates">The candidate profiles.</param>
    /// <returns>The best match, or <see langword="null"/>.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    LinkedInMatch? FindBest(Prospect prospect, IEnumerable<LinkedInProfile> candidates);
}
