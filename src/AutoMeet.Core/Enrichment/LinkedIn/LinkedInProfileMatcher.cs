using AutoMeet.Enrichment.Companies;
using AutoMeet.Enrichment.Text;
using AutoMeet.Prospects;
using Microsoft.Extensions.Options;

namespace AutoMeet.Enrichment.LinkedIn;

/// <summary>The default <see cref="ILinkedInProfileMatcher"/>.</summary>
internal sealed class LinkedInProfileMatcher(IOptions<LinkedInMatchOptions> options) : ILinkedInProfileMatcher
{
    private readonly LinkedInMatchOptions _options = (options ?? throw new ArgumentNullException(nameof(options))).Value;

    public LinkedInMatch Match(Prospect prospect, LinkedInProfile candidate)
    {
        ArgumentNullException.ThrowIfNull(prospect);
        ArgumentNullException.ThrowIfNull(candidate);
        var url = LinkedInProfileUrl.Parse(candidate.Url);
        var name = PersonNameSimilarity.Compare(PersonNameSimilarity.FullName(prospect.FirstName, prospect.LastName), candidate.FullName);
        var company = CompanySimilarity(prospect.Company, candidate.Company);
        var score = company is { } c
            ? ((1 - _options.CompanyWeight) * name) + (_options.CompanyWeight * c)
            : name * _options.NoCompanyFactor;
        return new LinkedInMatch
        {
            Profile = candidate,
            Url = url,
            Score = Math.Round(score, 4),
            NameSimilarity = Math.Round(name, 4),
            CompanySimilarity = company is { } s ? Math.Round(s, 4) : null,
            IsMatch = url.IsValid && name >= _options.MinNameSimilarity && score >= _options.MatchThreshold,
        };
    }

    public LinkedInMatch? FindBest(Prospect prospect, IEnumerable<LinkedInProfile> candidates)
    {
        ArgumentNullException.ThrowIfNull(prospect);
        ArgumentNullException.ThrowIfNull(candidates);
        return candidates.Select(c => Match(prospect, c)).Where(m => m.IsMatch).OrderByDescending(m => m.Score).FirstOrDefault();
    }

    /// <summary>The Jaccard overlap of the words of both company match keys, or null when either is blank.</summary>
    internal static double? CompanySimilarity(string? left, string? right)
    {
        var a = CompanyNameNormalizer.MatchKey(left);
        var b = CompanyNameNormalizer.MatchKey(right);
        return a.Length == 0 || b.Length == 0 ? null : NameText.TokenOverlap(NameText.Tokens(a), NameText.Tokens(b));
    }
}
