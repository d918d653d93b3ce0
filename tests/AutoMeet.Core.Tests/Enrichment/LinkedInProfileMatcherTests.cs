using AutoMeet.Enrichment.LinkedIn;

namespace AutoMeet.Core.Tests.Enrichment;

public sealed class LinkedInProfileMatcherTests
{
    private readonly LinkedInProfileMatcher _sut = EnrichmentFixtures.LinkedInMatcher();

    private static LinkedInProfile Profile(string name, string? company, string url = "https://www.linkedin.com/in/jane-doe") =>
        new() { Url = url, FullName = name, Company = company };

    [Fact]
    public void Match_SameNameSameCompany_ScoresOne()
    {
        var match = _sut.Match(EnrichmentFixtures.Prospect("jane@acme.com"), Profile("Jane Doe", "Acme Inc."));

        Assert.True(match.IsMatch);
        Assert.Equal(1, match.Score);
        Assert.Equal(1, match.CompanySimilarity);
    }

    [Theory]
    [InlineData("Jürgen Müller", "Jurgen Muller")]
    [InlineData("Jürgen Müller", "Müller, Jürgen")]
    [InlineData("Jürgen Müller", "JURGEN MULLER")]
    [InlineData("Sean O'Neill", "Sean ONeill")]
    public void Match_NameVariants_Match(string prospectName, string profileName)
    {
        var parts = prospectName.Split(' ');
        var prospect = EnrichmentFixtures.Prospect("x@acme.com", parts[0], parts[1], "Acme GmbH");

        var match = _sut.Match(prospect, Profile(profileName, "ACME"));

        Assert.True(match.IsMatch, $"score {match.Score}, name {match.NameSimilarity}");
    }

    [Fact]
    public void Match_SmallTypoSameCompany_Matches()
    {
        var match = _sut.Match(EnrichmentFixtures.Prospect("jane@acme.com", "Jonathan", "Smith"), Profile("Jonathon Smith", "Acme"));

        Assert.True(match.IsMatch);
        Assert.InRange(match.NameSimilarity, 0.9, 0.99);
    }

    [Fact]
    public void Match_SameNameOtherCompany_DoesNotMatch()
    {
        var match = _sut.Match(EnrichmentFixtures.Prospect("jane@acme.com"), Profile("Jane Doe", "Globex Corporation"));

        Assert.False(match.IsMatch);
        Assert.Equal(0, match.CompanySimilarity);
        Assert.Equal(0.7, match.Score, 3);
    }

    [Fact]
    public void Match_OtherNameSameCompany_DoesNotMatch()
    {
        var match = _sut.Match(EnrichmentFixtures.Prospect("jane@acme.com"), Profile("Robert Brown", "Acme"));

        Assert.False(match.IsMatch);
    }

    [Fact]
    public void Match_NoCompanyOnProfile_UsesNameTimesFactor()
    {
        var match = _sut.Match(EnrichmentFixtures.Prospect("jane@acme.com"), Profile("Jane Doe", null));

        Assert.Null(match.CompanySimilarity);
        Assert.Equal(0.9, match.Score, 3);
        Assert.True(match.IsMatch);
    }

    [Fact]
    public void Match_CompanyPageUrl_NeverMatches()
    {
        var match = _sut.Match(EnrichmentFixtures.Prospect("jane@acme.com"), Profile("Jane Doe", "Acme", "https://www.linkedin.com/company/acme"));

        Assert.False(match.IsMatch);
        Assert.Equal(LinkedInUrlError.CompanyPage, match.Url.Error);
    }

    [Fact]
    public void FindBest_PicksHighestMatchingCandidate()
    {
        var best = _sut.FindBest(EnrichmentFixtures.Prospect("jane@acme.com"),
        [
            Profile("Jane Doe", "Globex", "https://www.linkedin.com/in/jane-doe-globex"),
            Profile("Jane Doe", "Acme", "https://www.linkedin.com/in/jane-doe-acme"),
            Profile("Jane Do", "Acme", "https://www.linkedin.com/in/jane-do"),
        ]);

        Assert.Equal("jane-doe-acme", best!.Url.Slug);
    }

    [Fact]
    public void FindBest_NoneMatches_ReturnsNull()
    {
        Assert.Null(_sut.FindBest(EnrichmentFixtures.Prospect("jane@acme.com"), [Profile("Robert Brown", "Globex")]));
    }
}
